package com.splwg.ccb.domain.billing.bill;

import java.math.BigInteger;

import com.splwg.base.api.datatypes.EntityId;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;

/**
 * Composite primary key of {@link BillCharacteristic} (CI_BILL_CHAR).
 */
public final class BillCharacteristic_Id extends EntityId<BillCharacteristic> {

    private static final long serialVersionUID = 1L;

    private final Bill_Id billId;
    private final CharacteristicType_Id characteristicTypeId;
    private final BigInteger sequence;

    public BillCharacteristic_Id(Bill_Id billId, CharacteristicType_Id characteristicTypeId, BigInteger sequence) {
        super(billId.getIdValue() + "|" + characteristicTypeId.getIdValue() + "|" + String.valueOf(sequence));
        this.billId = billId;
        this.characteristicTypeId = characteristicTypeId;
        this.sequence = sequence;
    }

    public BillCharacteristic_Id(Bill bill, CharacteristicType characteristicType, BigInteger sequence) {
        this(bill.getId(), characteristicType.getId(), sequence);
    }

    public Bill_Id getBillId() {
        return billId;
    }

    public CharacteristicType_Id getCharacteristicTypeId() {
        return characteristicTypeId;
    }

    public BigInteger getSequence() {
        return sequence;
    }

    @Override
    public BillCharacteristic getEntity() {
        return null;
    }
}
