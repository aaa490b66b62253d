package com.splwg.ccb.domain.adjustment.adjustment;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.Money;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentType;

/**
 * Parameters of {@code ServiceAgreement.createFrozenAdjustment(data)}, which creates an adjustment
 * and its financial transaction in one step:
 *
 * <pre>
 * CreateFrozenAdjustmentData data = CreateFrozenAdjustmentData.Factory.newInstance();
 * data.setAdjustmentType(getAdjustmentType());
 * data.setAdjustmentAmount(new Money(amount, sa.getCurrency().getId()));
 * Adjustment adjustment = sa.createFrozenAdjustment(data);
 * </pre>
 */
public interface CreateFrozenAdjustmentData {

    void setAdjustmentType(AdjustmentType adjustmentType);

    AdjustmentType getAdjustmentType();

    void setAdjustmentAmount(Money adjustmentAmount);

    Money getAdjustmentAmount();

    /** Accounting date of the FT; defaults to the process date. */
    void setAccountingDate(Date accountingDate);

    Date getAccountingDate();

    /** Whether the adjustment's FT should appear on the next bill. */
    void setShowOnBill(boolean showOnBill);

    /** Creates instances of {@link CreateFrozenAdjustmentData}. */
    final class Factory {

        private Factory() {
        }

        public static CreateFrozenAdjustmentData newInstance() {
            throw new UnsupportedOperationException("API stub");
        }
    }
}
