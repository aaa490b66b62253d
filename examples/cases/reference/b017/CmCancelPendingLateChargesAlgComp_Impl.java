package com.splwg.cm.domain.payment.algorithm;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.api.lookup.AdjustmentStatusLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPayFreezeAlgorithmSpot;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * A customer who pays should not be charged for paying late afterwards: when a payment is frozen,
 * the late payment charge adjustments of the account's contracts that are still pending (not yet
 * frozen) are cancelled. Frozen late payment charges and other adjustment types stay as they are.
 *
 * Plugged on the Customer Class, Payment Freeze event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = adjustmentType, name = latePaymentChargeAdjustmentType, required = true, type = entity)})
 */
public class CmCancelPendingLateChargesAlgComp_Impl extends CmCancelPendingLateChargesAlgComp_Gen
        implements CustomerClassPayFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmCancelPendingLateChargesAlgComp_Impl.class);

    private static final String CANCEL_PENDING_SQL = """
            UPDATE CI_ADJ
               SET ADJ_STATUS_FLG = :canceled
             WHERE ADJ_TYPE_CD = :adjType
               AND ADJ_STATUS_FLG IN (:incomplete, :freezable)
               AND SA_ID IN (SELECT SA.SA_ID FROM CI_SA SA WHERE SA.ACCT_ID = :acctId)
            """;

    private Payment payment;

    @Override
    public void invoke() {
        PreparedStatement ps = createPreparedStatement(CANCEL_PENDING_SQL, "CmCancelPendingLateCharges - cancel pending late charges");
        try {
            ps.bindLookup("canceled", AdjustmentStatusLookup.constants.CANCELED);
            ps.bindEntity("adjType", getLatePaymentChargeAdjustmentType());
            ps.bindLookup("incomplete", AdjustmentStatusLookup.constants.INCOMPLETE);
            ps.bindLookup("freezable", AdjustmentStatusLookup.constants.FREEZABLE);
            ps.bindId("acctId", payment.getAccount().getId());
            int count = ps.executeUpdate();
            logger.info(count + " pending late payment charge(s) cancelled after payment " + payment.getId().getTrimmedValue());
        } finally {
            ps.close();
        }
    }

    @Override
    public void setPayment(Payment payment) {
        this.payment = payment;
    }
}
