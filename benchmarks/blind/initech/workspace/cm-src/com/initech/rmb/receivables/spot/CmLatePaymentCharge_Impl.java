package com.initech.rmb.receivables.spot;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.InitechMessages;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.Money;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.adjustment.adjustment.CreateFrozenAdjustmentData;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentType_Id;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassLatePaymentChargeAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement_Id;

/**
 * Customer Class - Late Payment Charge (CM-LPC). Levies the late payment charge on overdue
 * receivables: overdue amount (frozen bill FTs of invoices past their due date) x percentage,
 * booked as a frozen adjustment on the account's charge contract. Charges below the minimum
 * are not levied.
 */
@SoftParams({"chargePercent:decimal", "minimumCharge:decimal", "chargeContractType:string", "lpcAdjustmentType:entity"})
public class CmLatePaymentCharge_Impl extends InitechAlgorithm implements CustomerClassLatePaymentChargeAlgorithmSpot {

    private static final String SQL_OVERDUE =
            "SELECT SUM(FT.CUR_AMT) AS OVERDUE_AMT "
            + "FROM CI_FT FT, CI_SA SA, CI_BILL B "
            + "WHERE SA.ACCT_ID = :acctId AND FT.SA_ID = SA.SA_ID "
            + "AND FT.FREEZE_SW = 'Y' AND FT.BILL_ID = B.BILL_ID AND B.DUE_DT < :processDate";

    private static final String SQL_CHARGE_CONTRACT =
            "SELECT SA_ID FROM CI_SA WHERE ACCT_ID = :acctId AND SA_TYPE_CD = :saType AND SA_STATUS_FLG = '20'";

    private Account account;
    private Date processDate;

    @Override
    public void invoke() {
        BigDecimal overdue = BigDecimal.ZERO;
        PreparedStatement ps = sql(SQL_OVERDUE);
        try {
            ps.bindId("acctId", account.getId());
            ps.bindDate("processDate", processDate);
            SQLResultRow row = ps.firstRow();
            if (row != null && row.getBigDecimal("OVERDUE_AMT") != null) {
                overdue = row.getBigDecimal("OVERDUE_AMT");
            }
        } finally {
            ps.close();
        }
        if (overdue.signum() <= 0) {
            return;
        }
        BigDecimal charge = overdue.multiply(decimalParam("chargePercent"))
                .divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
        BigDecimal minimum = decimalParam("minimumCharge");
        if (minimum != null && charge.compareTo(minimum) < 0) {
            return;
        }

        String saType = param("chargeContractType");
        ServiceAgreement chargeContract = null;
        PreparedStatement find = sql(SQL_CHARGE_CONTRACT);
        try {
            find.bindId("acctId", account.getId());
            find.bindString("saType", saType, "SA_TYPE_CD");
            SQLResultRow row = find.firstRow();
            if (row != null) {
                chargeContract = new ServiceAgreement_Id(row.getString("SA_ID")).getEntity();
            }
        } finally {
            find.close();
        }
        if (chargeContract == null) {
            fail(InitechMessages.LPC_CONTRACT_MISSING, account.getId().getTrimmedValue(), saType);
            return;
        }

        CreateFrozenAdjustmentData data = CreateFrozenAdjustmentData.Factory.newInstance();
        data.setAdjustmentType(new AdjustmentType_Id(param("lpcAdjustmentType")).getEntity());
        data.setAdjustmentAmount(new Money(charge, chargeContract.getCurrency().getId()));
        data.setAccountingDate(processDate);
        data.setShowOnBill(true);
        chargeContract.createFrozenAdjustment(data);
    }

    @Override
    public void setAccount(Account account) {
        this.account = account;
    }

    @Override
    public void setProcessDate(Date processDate) {
        this.processDate = processDate;
    }

    @Override
    public void setLastLatePaymentChargeDate(Date lastLatePaymentChargeDate) {
    }
}
