package com.globex.cm.contracts.algorithm;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.globex.cm.common.messages.GxMessageRepository;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.Money;
import com.splwg.ccb.domain.adjustment.adjustment.CreateFrozenAdjustmentData;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaStopAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristic;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Globex Telecom - SA Stop for mobile postpaid plans: a contract stopped before its commitment
 * end date (ad hoc characteristic, yyyy-MM-dd) is charged an early termination fee of
 * {@code monthlyFee} for every started remaining month, as a frozen adjustment on the contract.
 *
 * @author Globex ORMB team (A. Brandt)
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = commitmentEndCharType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (entityName = adjustmentType, name = terminationFeeAdjType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = monthlyFee, required = true, type = decimal)})
 */
public class GxEarlyTerminationFeeAlgorithm_Impl extends GxEarlyTerminationFeeAlgorithm_Gen
        implements SaTypeSaStopAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(GxEarlyTerminationFeeAlgorithm_Impl.class);

    private ServiceAgreement serviceAgreement;
    private Date stopDate;

    @Override
    public void invoke() {
        ServiceAgreementCharacteristic commitment = serviceAgreement.getEffectiveCharacteristic(getCommitmentEndCharType());
        if (commitment == null || isBlankOrNull(commitment.getAdhocCharacteristicValue())) {
            return;
        }
        Date commitmentEnd = parse(commitment.getAdhocCharacteristicValue().trim());
        Date stop = stopDate != null ? stopDate : getProcessDateTime().getDate();
        if (!stop.isBefore(commitmentEnd)) {
            return;
        }
        int months = 0;
        Date d = stop;
        while (d.isBefore(commitmentEnd)) {
            months++;
            d = d.addMonths(1);
        }
        BigDecimal fee = getMonthlyFee().multiply(BigDecimal.valueOf(months)).setScale(2, RoundingMode.HALF_UP);
        logger.info("Early termination of " + serviceAgreement.getId().getTrimmedValue() + ": " + months + " month(s)");

        CreateFrozenAdjustmentData data = CreateFrozenAdjustmentData.Factory.newInstance();
        data.setAdjustmentType(getTerminationFeeAdjType());
        data.setAdjustmentAmount(new Money(fee, serviceAgreement.getCurrency().getId()));
        data.setShowOnBill(true);
        serviceAgreement.createFrozenAdjustment(data);
    }

    private Date parse(String yyyyMmDd) {
        try {
            String[] p = yyyyMmDd.split("-");
            return new Date(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        } catch (RuntimeException e) {
            addError(GxMessageRepository.charValueNotNumeric(getCommitmentEndCharType().getId().getTrimmedValue(), yyyyMmDd));
            return null;
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
