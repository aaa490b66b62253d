package com.initech.rmb.customer.spot;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaActivationAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristic_DTO;

/**
 * SA Type - SA Activation (CM-SEGDFLT). When a contract goes live it inherits the counterparty
 * segment of its account as a contract characteristic effective from the contract start date,
 * unless the contract already carries a segment.
 */
@SoftParams({"segmentCharType:entity"})
public class CmContractSegmentDefault_Impl extends InitechAlgorithm implements SaTypeSaActivationAlgorithmSpot {

    private static final String SQL_EXISTING =
            "SELECT COUNT(*) AS CNT FROM CI_SA_CHAR WHERE SA_ID = :saId AND CHAR_TYPE_CD = :charType";

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        CharacteristicType_Id charTypeId = new CharacteristicType_Id(param("segmentCharType"));
        PreparedStatement ps = sql(SQL_EXISTING);
        try {
            ps.bindId("saId", serviceAgreement.getId());
            ps.bindId("charType", charTypeId);
            SQLResultRow row = ps.firstRow();
            if (row != null && row.getInteger("CNT").signum() > 0) {
                return;
            }
        } finally {
            ps.close();
        }
        AccountCharacteristic segment = serviceAgreement.getAccount().getEffectiveCharacteristic(charTypeId.getEntity());
        if (segment == null || isBlankOrNull(segment.getCharacteristicValue())) {
            return;
        }
        ServiceAgreementCharacteristic_DTO dto = serviceAgreement.getCharacteristics().newChildDTO();
        dto.setCharacteristicValue(segment.getCharacteristicValue().trim());
        serviceAgreement.getCharacteristics().add(dto, charTypeId, serviceAgreement.getStartDate());
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }
}
