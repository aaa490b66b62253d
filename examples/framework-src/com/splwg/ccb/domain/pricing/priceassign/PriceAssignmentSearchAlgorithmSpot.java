package com.splwg.ccb.domain.pricing.priceassign;

import java.util.Map;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.pricing.priceitem.PriceItem;

/**
 * Price Assignment Search. ORMB calls the algorithm configured for <b>price assignment search</b>
 * (on the Billing feature configuration / division) to find the price assignment
 * ({@code CI_PRICEASGN}) that prices a price item for a contract on a date: first party-level
 * (customer-specific, PA_OWNER_TYPE_FLG 'PRTY' through {@code CI_PARTY}) assignments of the
 * account's person hierarchy, then the price lists assigned to the party, then the global price
 * list. Implementations change that search order or match on price item parameters.
 *
 * <p>Input hard parameters: price item, account, contract, pricing date and the price item
 * parameters of the transaction being priced. Output: whether an assignment was found and its id.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "priceAssignmentSearch"})
 */
public interface PriceAssignmentSearchAlgorithmSpot extends AlgorithmSpot {

    /** The price item to price. */
    void setPriceItem(PriceItem priceItem);

    /** The account being priced. */
    void setAccount(Account account);

    /** The contract being priced. */
    void setServiceAgreement(ServiceAgreement serviceAgreement);

    /** Date the price must be effective on. */
    void setPricingDate(Date pricingDate);

    /** Price item parameters (name to value) of the transaction. */
    void setPriceItemParameters(Map<String, String> priceItemParameters);

    /** True when an assignment was found. */
    Bool getIsPriceAssignmentFound();

    /** The assignment found, or null. */
    PriceAssignment_Id getPriceAssignmentId();
}
