package com.splwg.cm.domain.customer.changehandler;

import com.splwg.base.api.DataTransferObject;
import com.splwg.base.api.changehandling.AbstractChangeHandler;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.BillableChargeStatusLookup;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement_DTO;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Protects contracts that already have financial history. Once a contract has frozen financial
 * transactions its currency can no longer change (the balance would mix currencies), and its start
 * date cannot move past the start of a billable charge that is still waiting to be billed (the
 * charge would never be picked up by billing).
 *
 * @author ORMB implementation team
 *
@ChangeHandler (entityName = serviceAgreement)
 */
public class CmServiceAgreement_CHandler extends AbstractChangeHandler<ServiceAgreement> {

    private static final Logger logger = LoggerFactory.getLogger(CmServiceAgreement_CHandler.class);

    private static final String FROZEN_FT_SQL = "SELECT COUNT(*) AS FT_COUNT FROM CI_FT WHERE SA_ID = :saId AND FREEZE_SW = 'Y'";

    private static final String EARLIEST_UNBILLED_CHARGE_SQL = "SELECT MIN(START_DT) AS FIRST_START_DT FROM CI_BILL_CHG "
            + "WHERE SA_ID = :saId AND BILLABLE_CHG_STAT = :billable "
            + "AND NOT EXISTS (SELECT 1 FROM CI_BSEG_CALC C WHERE C.BILLABLE_CHG_ID = CI_BILL_CHG.BILLABLE_CHG_ID)";

    @Override
    public void validateChange(ServiceAgreement changedEntity, DataTransferObject<ServiceAgreement> oldDTO) {
        ServiceAgreement_DTO old = (ServiceAgreement_DTO) oldDTO;
        String saId = changedEntity.getId().getTrimmedValue();

        boolean currencyChanged = notNull(old.getCurrencyId()) && !old.getCurrencyId().equals(changedEntity.getCurrency().getId());
        if (currencyChanged && hasFrozenFinancialTransactions(changedEntity)) {
            addError(CmMessageRepository.contractHasFinancialHistory(saId, "CURRENCY_CD"));
        }

        Date newStart = changedEntity.getStartDate();
        if (notNull(old.getStartDate()) && notNull(newStart) && newStart.isAfter(old.getStartDate())) {
            PreparedStatement ps = createPreparedStatement(EARLIEST_UNBILLED_CHARGE_SQL, "CmServiceAgreement_CHandler - earliest unbilled charge");
            try {
                ps.bindId("saId", changedEntity.getId());
                ps.bindLookup("billable", BillableChargeStatusLookup.constants.BILLABLE);
                SQLResultRow row = ps.firstRow();
                Date firstCharge = row == null ? null : row.getDate("FIRST_START_DT");
                if (notNull(firstCharge) && firstCharge.isBefore(newStart)) {
                    logger.info("Contract " + saId + ": start date " + newStart + " after unbilled charge starting " + firstCharge);
                    addError(CmMessageRepository.contractHasFinancialHistory(saId, "START_DT"));
                }
            } finally {
                ps.close();
            }
        }
    }

    private boolean hasFrozenFinancialTransactions(ServiceAgreement contract) {
        PreparedStatement ps = createPreparedStatement(FROZEN_FT_SQL, "CmServiceAgreement_CHandler - frozen FTs of contract");
        try {
            ps.bindId("saId", contract.getId());
            return ps.firstRow().getInteger("FT_COUNT").signum() > 0;
        } finally {
            ps.close();
        }
    }
}
