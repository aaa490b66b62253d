package com.splwg.ccb.domain.customerinfo.account;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;
import com.splwg.base.domain.common.currency.Currency;
import com.splwg.ccb.domain.admin.billCycle.BillCycle;
import com.splwg.ccb.domain.admin.cisDivision.CisDivision;
import com.splwg.ccb.domain.admin.customerClass.CustomerClass;

/**
 * Account (CI_ACCT): the billing entity. Its customer class selects the billing and payment
 * algorithms, its bill cycle the billing schedule; persons are linked through CI_ACCT_PER (main
 * customer flagged MAIN_CUST_SW = 'Y') and external account numbers live in CI_ACCT_NBR.
 */
public interface Account extends BusinessEntity {

    @Override
    Account_Id getId();

    /** Customer class (CUST_CL_CD). */
    CustomerClass getCustomerClass();

    /** Bill cycle (BILL_CYC_CD). */
    BillCycle getBillCycle();

    /** Owning CIS division (CIS_DIVISION). */
    CisDivision getDivision();

    /** Currency the account is billed in (CURRENCY_CD). */
    Currency getCurrency();

    /** Date the account was set up (SETUP_DT). */
    Date getSetUpDate();

    /** Collection class (COLL_CL_CD). */
    String getCollectionClassCode();

    /** Characteristics of this account (CI_ACCT_CHAR). */
    AccountCharacteristics getCharacteristics();

    /** The characteristic of the given type effective on the process date, or null. */
    AccountCharacteristic getEffectiveCharacteristic(CharacteristicType characteristicType);

    /** The characteristic of the given type effective on {@code effectiveDate}, or null. */
    AccountCharacteristic getEffectiveCharacteristic(CharacteristicType characteristicType, Date effectiveDate);

    Account_DTO getDTO();

    void setDTO(Account_DTO dto);
}
