package com.northwind.ormb.ext.usage.algo;

import java.math.BigDecimal;
import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwConstants;
import com.northwind.ormb.ext.common.NwMessages;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.billCycle.BillCycle;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePreBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.admin.serviceAgreementType.ServiceAgreementType;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * SA Type - Pre-Bill Completion (NWELEC, NWGAS): implausibility check on consumption. The kWh of
 * the contract's completed usage transactions in the billing period are summed; when they exceed
 * the volume cap held on the contract (ad hoc contract characteristic, kWh) the bill is stopped so
 * that Metering Ops can check for a meter read error. Contracts without a cap are not checked.
 *
 * Parameters:
 *   1 volumeCapCharType (characteristic type, required) - contract characteristic with the cap
 */
public class NwUsageVolumeCapAlgo_Impl extends AbstractAlgorithmComponent
        implements SaTypePreBillCompletionAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwUsageVolumeCapAlgo_Impl.class.getName());

    private ServiceAgreement serviceAgreement;
    private Date startDate;
    private Date endDate;

    @Override
    public void invoke() {
        String capCharType = getStringSoftParameter("volumeCapCharType");
        String saId = serviceAgreement.getId().getIdValue();

        BigDecimal cap = null;
        PreparedStatement capPs = createPreparedStatement("""
                SELECT ADHOC_CHAR_VAL
                  FROM CI_SA_CHAR
                 WHERE SA_ID = :saId
                   AND CHAR_TYPE_CD = :charType
                   AND EFFDT <= :endDate
                 ORDER BY EFFDT DESC
                """, "NwUsageVolumeCapAlgo - volume cap of contract");
        try {
            capPs.bindString("saId", saId, "SA_ID");
            capPs.bindString("charType", capCharType, "CHAR_TYPE_CD");
            capPs.bindDate("endDate", endDate);
            for (SQLResultRow row : capPs.list()) {
                String value = row.getString("ADHOC_CHAR_VAL");
                if (notBlank(value)) {
                    cap = new BigDecimal(value.trim());
                }
                break;
            }
        } finally {
            capPs.close();
        }
        if (cap == null) {
            return;
        }

        BigDecimal volume = BigDecimal.ZERO;
        PreparedStatement ps = createPreparedStatement("""
                SELECT TXN_VOL
                  FROM CI_TXN_DETAIL
                 WHERE SA_ID = :saId
                   AND BO_STATUS_CD = :status
                   AND TXN_DTTM >= :startDate
                   AND TXN_DTTM < :dayAfterEnd
                """, "NwUsageVolumeCapAlgo - consumption of the period");
        try {
            ps.bindString("saId", saId, "SA_ID");
            ps.bindString("status", NwConstants.TXN_COMPLETED, "BO_STATUS_CD");
            ps.bindDate("startDate", startDate);
            ps.bindDate("dayAfterEnd", endDate.addDays(1));
            for (SQLResultRow row : ps.list()) {
                BigDecimal vol = row.getBigDecimal("TXN_VOL");
                if (vol != null) {
                    volume = volume.add(vol);
                }
            }
        } finally {
            ps.close();
        }

        if (volume.compareTo(cap) > 0) {
            BigDecimal used = volume;
            LOG.warning(() -> "Contract " + saId.trim() + " used " + used + " kWh");
            addError(NwMessages.of(NwMessages.VOLUME_CAP_EXCEEDED, saId.trim(), volume.toPlainString(),
                    cap.toPlainString()));
        }
    }

    @Override
    public void setBill(Bill bill) {
    }

    @Override
    public void setBillCycle(BillCycle billCycle) {
    }

    @Override
    public void setStartDate(Date startDate) {
        this.startDate = startDate;
    }

    @Override
    public void setEndDate(Date endDate) {
        this.endDate = endDate;
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }

    @Override
    public void setServiceAgreementType(ServiceAgreementType serviceAgreementType) {
    }

    @Override
    public Bool getShouldSkipRemainingAlgorithms() {
        return Bool.FALSE;
    }
}
