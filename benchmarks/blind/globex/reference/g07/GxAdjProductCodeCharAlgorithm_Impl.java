package com.globex.cm.adjustments.algorithm;

import java.math.BigInteger;

import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.adjustment.adjustment.AdjustmentCharacteristic_DTO;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeAdjustmentFreezeAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristic;

/**
 * Globex Telecom - Adjustment Freeze: copies the contract's product code onto the adjustment so
 * that the revenue assurance report can split adjustments by product.
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = contractProductCharType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (entityName = characteristicType, name = adjustmentProductCharType, required = true, type = entity)})
 */
public class GxAdjProductCodeCharAlgorithm_Impl extends GxAdjProductCodeCharAlgorithm_Gen
        implements AdjustmentTypeAdjustmentFreezeAlgorithmSpot {

    private Adjustment adjustment;

    @Override
    public void invoke() {
        ServiceAgreementCharacteristic product = adjustment.getServiceAgreement()
                .getEffectiveCharacteristic(getContractProductCharType());
        if (product == null) {
            return;
        }
        String value = notBlank(product.getCharacteristicValue()) ? product.getCharacteristicValue().trim()
                : product.getAdhocCharacteristicValue();
        if (isBlankOrNull(value)) {
            return;
        }
        AdjustmentCharacteristic_DTO dto = adjustment.getCharacteristics().newChildDTO();
        dto.setCharacteristicValue(value.trim());
        adjustment.getCharacteristics().add(dto, getAdjustmentProductCharType().getId(), BigInteger.ONE);
    }

    @Override
    public void setAdjustment(Adjustment adjustment) {
        this.adjustment = adjustment;
    }
}
