package com.splwg.cm.domain.pricing.algorithm;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.lookup.YesNoOptionLookup;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.PartyTypeLookup;
import com.splwg.ccb.api.lookup.PriceAssignmentOwnerTypeLookup;
import com.splwg.ccb.api.lookup.ServiceAgreementStatusLookup;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaStopAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Ends the customer-specific prices of an account when its last live charge contract stops, so
 * that a reactivated customer is not billed on a deal that expired with the old contract. The
 * account-level party price assignments (CI_PARTY type ACCT) are end-dated on the stop date; the
 * person-level deals stay, they may cover the customer's other accounts. Nothing changes while
 * the account still has another live contract.
 *
 * Plugged on the SA Type, SA Stop event, for the charge SA types.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (lookupName = yesNoOption, name = onlyWhenLastContract, required = true, type = lookup)})
 */
public class CmEndDatePartyPricesOnStopAlgComp_Impl extends CmEndDatePartyPricesOnStopAlgComp_Gen
        implements SaTypeSaStopAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmEndDatePartyPricesOnStopAlgComp_Impl.class);

    private ServiceAgreement serviceAgreement;
    private Date stopDate;

    @Override
    public void invoke() {
        String accountId = serviceAgreement.getAccount().getId().getIdValue();

        if (YesNoOptionLookup.constants.YES.equals(getOnlyWhenLastContract())) {
            PreparedStatement others = createPreparedStatement(
                    "SELECT COUNT(*) AS LIVE_COUNT FROM CI_SA "
                    + "WHERE ACCT_ID = :acctId AND SA_ID <> :saId "
                    + "AND SA_STATUS_FLG IN (:pendingStart, :active, :pendingStop)",
                    "CmEndDatePartyPricesOnStop - other live contracts");
            try {
                others.bindString("acctId", accountId, "ACCT_ID");
                others.bindId("saId", serviceAgreement.getId());
                others.bindLookup("pendingStart", ServiceAgreementStatusLookup.constants.PENDING_START);
                others.bindLookup("active", ServiceAgreementStatusLookup.constants.ACTIVE);
                others.bindLookup("pendingStop", ServiceAgreementStatusLookup.constants.PENDING_STOP);
                SQLResultRow row = others.firstRow();
                if (row.getInteger("LIVE_COUNT").signum() > 0) {
                    logger.debug("Account " + accountId.trim() + " keeps " + row.getInteger("LIVE_COUNT") + " live contract(s); prices kept");
                    return;
                }
            } finally {
                others.close();
            }
        }

        PreparedStatement endDate = createPreparedStatement(
                "UPDATE CI_PRICEASGN SET END_DT = :stopDate "
                + "WHERE PA_OWNER_TYPE_FLG = :partyOwner "
                + "AND OWNER_ID IN (SELECT PARTY_UID FROM CI_PARTY "
                + "                 WHERE PARTY_TYPE_FLG = :acctParty AND PARTY_ID = :acctId) "
                + "AND START_DT <= :stopDate "
                + "AND (END_DT IS NULL OR END_DT > :stopDate)",
                "CmEndDatePartyPricesOnStop - end account prices");
        try {
            endDate.bindDate("stopDate", stopDate);
            endDate.bindLookup("partyOwner", PriceAssignmentOwnerTypeLookup.constants.PARTY);
            endDate.bindLookup("acctParty", PartyTypeLookup.constants.ACCOUNT);
            endDate.bindString("acctId", accountId, "PARTY_ID");
            int ended = endDate.executeUpdate();
            logger.info(ended + " price assignment(s) of account " + accountId.trim() + " end-dated on " + stopDate
                    + " (contract " + serviceAgreement.getId().getTrimmedValue() + " stopped)");
        } finally {
            endDate.close();
        }
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }

    @Override
    public void setStopDate(Date stopDate) {
        this.stopDate = stopDate;
    }
}
