package com.globex.cm.collections.algorithm;

import java.math.BigDecimal;

import com.globex.cm.common.GxSql;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassLatePaymentChargeAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic_DTO;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic_Id;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Globex Telecom - Late Payment Charge (GXRES): no charge is levied; the account is flagged as
 * delinquent (characteristic value DLQ effective on the process date) when it has unpaid debt on
 * bills more than {@code daysPastDue} days past their due date.
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = daysPastDue, required = true, type = integer)
 *            , @AlgorithmSoftParameter (entityName = characteristicType, name = delinquencyCharType, required = true, type = entity)})
 */
public class GxDelinquencyFlagAlgorithm_Impl extends GxDelinquencyFlagAlgorithm_Gen
        implements CustomerClassLatePaymentChargeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(GxDelinquencyFlagAlgorithm_Impl.class);
    private static final String DELINQUENT = "DLQ";

    private Account account;
    private Date processDate;

    @Override
    public void invoke() {
        Date today = processDate != null ? processDate : getProcessDateTime().getDate();
        Date dueBefore = today.addDays(-getDaysPastDue().intValue());

        PreparedStatement ps = createPreparedStatement(
                "SELECT SUM(FT.CUR_AMT) AS UNPAID FROM CI_FT FT, CI_BILL B, CI_SA SA "
                        + "WHERE FT.BILL_ID = B.BILL_ID AND FT.SA_ID = SA.SA_ID AND SA.ACCT_ID = :acctId "
                        + "AND FT.FREEZE_SW = 'Y' AND B.DUE_DT < :dueBefore",
                "GxDelinquencyFlag - unpaid debt past due");
        ps.bindId("acctId", account.getId());
        ps.bindDate("dueBefore", dueBefore);
        BigDecimal unpaid = GxSql.firstDecimal(ps, "UNPAID");
        if (unpaid.signum() <= 0) {
            return;
        }
        logger.debug("Account " + account.getId().getTrimmedValue() + " delinquent, unpaid " + unpaid);

        AccountCharacteristic existing = account.getEffectiveCharacteristic(getDelinquencyCharType(), today);
        if (existing != null && existing.getCharacteristicValue() != null
                && DELINQUENT.equals(existing.getCharacteristicValue().trim())) {
            return;
        }
        AccountCharacteristic_DTO dto = createDTO(AccountCharacteristic.class);
        dto.setId(new AccountCharacteristic_Id(account.getId(), getDelinquencyCharType().getId(), today));
        dto.setCharacteristicValue(DELINQUENT);
        dto.newEntity();
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
