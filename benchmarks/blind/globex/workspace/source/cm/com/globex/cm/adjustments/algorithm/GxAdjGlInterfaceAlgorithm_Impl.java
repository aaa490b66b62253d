package com.globex.cm.adjustments.algorithm;

import com.globex.cm.common.GxConstants;
import com.globex.cm.common.GxSql;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeAdjustmentFreezeAlgorithmSpot;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Globex Telecom - Adjustment Freeze: queues the frozen adjustment for the nightly SAP GL extract
 * (CM_ADJ_GL_INTF, status P). Adjustments already queued are left alone (re-freeze after a
 * cancel/rebill keeps the first row).
 *
 * @author Globex ORMB team (P. Haddad)
 *
@AlgorithmComponent ()
 */
public class GxAdjGlInterfaceAlgorithm_Impl extends GxAdjGlInterfaceAlgorithm_Gen
        implements AdjustmentTypeAdjustmentFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(GxAdjGlInterfaceAlgorithm_Impl.class);

    private Adjustment adjustment;

    @Override
    public void invoke() {
        PreparedStatement check = createPreparedStatement(
                "SELECT ADJ_ID FROM CM_ADJ_GL_INTF WHERE ADJ_ID = :adjId", "GxAdjGlInterface - already queued");
        check.bindId("adjId", adjustment.getId());
        if (GxSql.exists(check)) {
            logger.debug("Adjustment " + adjustment.getId().getTrimmedValue() + " already queued");
            return;
        }
        PreparedStatement ins = createPreparedStatement(
                "INSERT INTO CM_ADJ_GL_INTF (ADJ_ID, SA_ID, ADJ_TYPE_CD, ADJ_AMT, CURRENCY_CD, ACCOUNTING_DT, INTF_STATUS_FLG, CRE_DTTM) "
                        + "VALUES (:adjId, :saId, :adjType, :amt, :currency, :acctgDt, :status, :now)",
                "GxAdjGlInterface - queue adjustment");
        ins.bindId("adjId", adjustment.getId());
        ins.bindId("saId", adjustment.getServiceAgreement().getId());
        ins.bindId("adjType", adjustment.getAdjustmentType().getId());
        ins.bindBigDecimal("amt", adjustment.getAdjustmentAmount().getAmount());
        ins.bindId("currency", adjustment.getCurrency().getId());
        ins.bindDate("acctgDt", getProcessDateTime().getDate());
        ins.bindString("status", GxConstants.INTF_PENDING, "INTF_STATUS_FLG");
        ins.bindDateTime("now", getSystemDateTime());
        GxSql.update(ins);
    }

    @Override
    public void setAdjustment(Adjustment adjustment) {
        this.adjustment = adjustment;
    }
}
