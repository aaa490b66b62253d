package com.splwg.cm.domain.billing.algorithm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.BillSegmentActionLookup;
import com.splwg.ccb.api.lookup.BillSegmentStatusLookup;
import com.splwg.ccb.api.lookup.BillableChargeStatusLookup;
import com.splwg.ccb.domain.admin.billCycle.BillCycle;
import com.splwg.ccb.domain.admin.billSegmentType.BillSegmentTypeBillSegmentCreationAlgorithmSpot;
import com.splwg.ccb.domain.billing.billSegment.BillSegmentCalculationHeaderData;
import com.splwg.ccb.domain.billing.billSegment.BillSegmentData;
import com.splwg.ccb.domain.billing.billSegment.BillSegmentServiceQuantityData;
import com.splwg.ccb.domain.billing.billableCharge.BillableCharge;
import com.splwg.ccb.domain.billing.billableCharge.BillableCharge_Id;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Builds one bill segment per contract from the unbilled billable charges created by the
 * transaction feed aggregation. Each charge becomes a calculation header carrying the amount
 * rated on its transactions (CI_TXN_CALC) and its service quantities (CI_BCHG_SQ); charges already
 * on a freezable or frozen segment are ignored.
 *
 * Plugged on the Bill Segment Type, Bill Segment Creation event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = chargeTypeCode, type = string)})
 */
public class CmBillableChargeSegmentCreationAlgComp_Impl extends CmBillableChargeSegmentCreationAlgComp_Gen
        implements BillSegmentTypeBillSegmentCreationAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmBillableChargeSegmentCreationAlgComp_Impl.class);

    private static final String UNBILLED_CHARGES_SQL = """
            SELECT BC.BILLABLE_CHG_ID, BC.START_DT, BC.END_DT, BC.PRICE_CURRENCY_CD,
                   (SELECT NVL(SUM(TC.CALC_AMT), 0)
                      FROM CI_TXN_CALC TC
                     WHERE TC.BILLABLE_CHG_ID = BC.BILLABLE_CHG_ID) AS CHARGE_AMT
              FROM CI_BILL_CHG BC
             WHERE BC.SA_ID = :saId
               AND BC.BILLABLE_CHG_STAT = :billable
               AND BC.BILL_AFTER_DT <= :cutoffDate
               AND (:chargeType = ' ' OR BC.CHG_TYPE_CD = :chargeType)
               AND NOT EXISTS (SELECT 'X'
                                 FROM CI_BSEG_CALC CALC, CI_BSEG SEG
                                WHERE CALC.BILLABLE_CHG_ID = BC.BILLABLE_CHG_ID
                                  AND SEG.BSEG_ID = CALC.BSEG_ID
                                  AND SEG.BSEG_STAT_FLG IN (:freezable, :frozen))
             ORDER BY BC.START_DT, BC.BILLABLE_CHG_ID
            """;

    private ServiceAgreement serviceAgreement;
    private Date startDate;
    private Date endDate;
    private Date cutoffDate;
    private List<BillSegmentData> billSegmentDataList = new ArrayList<>();

    @Override
    public void invoke() {
        BillSegmentData segment = new BillSegmentData();
        segment.setServiceAgreement(serviceAgreement);
        segment.setStartDate(startDate);
        segment.setEndDate(endDate);
        segment.setBillSegmentStatus(BillSegmentStatusLookup.constants.FREEZABLE);

        PreparedStatement chargePs = createPreparedStatement(UNBILLED_CHARGES_SQL, "CmBillableChargeSegmentCreation - unbilled charges");
        PreparedStatement sqPs = createPreparedStatement(
                "SELECT SQI_CD, UOM_CD, TOU_CD, SVC_QTY FROM CI_BCHG_SQ WHERE BILLABLE_CHG_ID = :chargeId",
                "CmBillableChargeSegmentCreation - charge service quantities");
        sqPs.setAutoclose(false);
        try {
            chargePs.bindId("saId", serviceAgreement.getId());
            chargePs.bindLookup("billable", BillableChargeStatusLookup.constants.BILLABLE);
            chargePs.bindDate("cutoffDate", cutoffDate);
            chargePs.bindString("chargeType", isBlankOrNull(getChargeTypeCode()) ? " " : getChargeTypeCode(), "CHG_TYPE_CD");
            chargePs.bindLookup("freezable", BillSegmentStatusLookup.constants.FREEZABLE);
            chargePs.bindLookup("frozen", BillSegmentStatusLookup.constants.FROZEN);

            int headerSeq = 0;
            for (SQLResultRow chargeRow : chargePs.list()) {
                String chargeId = chargeRow.getString("BILLABLE_CHG_ID");
                BillableCharge charge = new BillableCharge_Id(chargeId).getEntity();

                BillSegmentCalculationHeaderData header = new BillSegmentCalculationHeaderData();
                header.setHeaderSequence(BigInteger.valueOf(++headerSeq));
                header.setBillableCharge(charge);
                header.setStartDate(chargeRow.getDate("START_DT"));
                header.setEndDate(chargeRow.getDate("END_DT"));
                header.setCalculatedAmount(chargeRow.getBigDecimal("CHARGE_AMT"));
                header.setCurrency(serviceAgreement.getCurrency());
                segment.getCalculationHeaders().add(header);

                sqPs.bindString("chargeId", chargeId, "BILLABLE_CHG_ID");
                for (SQLResultRow sqRow : sqPs.list()) {
                    segment.getServiceQuantities().add(toServiceQuantity(sqRow));
                }
            }
        } finally {
            chargePs.close();
            sqPs.close();
        }

        if (segment.getCalculationHeaders().isEmpty()) {
            logger.debug("No unbilled charges for SA " + serviceAgreement.getId().getTrimmedValue());
            return;
        }
        billSegmentDataList.add(segment);
    }

    private BillSegmentServiceQuantityData toServiceQuantity(SQLResultRow row) {
        BillSegmentServiceQuantityData sq = new BillSegmentServiceQuantityData();
        sq.setServiceQuantityIdentifierCode(row.getString("SQI_CD").trim());
        sq.setUnitOfMeasureCode(row.getString("UOM_CD").trim());
        sq.setTimeOfUseCode(row.getString("TOU_CD").trim());
        BigDecimal quantity = row.getBigDecimal("SVC_QTY");
        sq.setInitialServiceQuantity(quantity);
        sq.setBillableServiceQuantity(quantity);
        return sq;
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }

    @Override
    public void setBillSegmentAction(BillSegmentActionLookup billSegmentAction) {
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
    public void setCutoffDate(Date cutoffDate) {
        this.cutoffDate = cutoffDate;
    }

    @Override
    public void setAccountingDate(Date accountingDate) {
    }

    @Override
    public void setBillCycle(BillCycle billCycle) {
    }

    @Override
    public void setBillSegmentDataList(List<BillSegmentData> billSegmentDataList) {
        if (billSegmentDataList != null) {
            this.billSegmentDataList = billSegmentDataList;
        }
    }

    @Override
    public List<BillSegmentData> getBillSegmentDataList() {
        return billSegmentDataList;
    }
}
