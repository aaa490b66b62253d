package com.splwg.cm.domain.adjustment.algorithm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.ServiceAgreementStatusLookup;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentType;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeDetermineSAAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement_Id;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Picks the contract for an uploaded adjustment that only names the account: the account's
 * contract, live on the adjustment date, whose SA type is one of the configured types (in the
 * order listed). Credits may optionally go to stopped contracts too, so that refunds on closed
 * services still find their contract. When nothing matches the upload record goes into error.
 *
 * Plugged on the Adjustment Type, Determine SA event (adjustment upload).
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = saTypeList, required = true, type = string)
 *            , @AlgorithmSoftParameter (lookupName = yesNoOption, name = allowStoppedForCredits, type = lookup)})
 */
public class CmDetermineAdjustmentContract_Impl extends CmDetermineAdjustmentContract_Gen
        implements AdjustmentTypeDetermineSAAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmDetermineAdjustmentContract_Impl.class);

    private Account account;
    private AdjustmentType adjustmentType;
    private BigDecimal adjustmentAmount;
    private Date adjustmentDate;
    private String externalReferenceId;
    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        List<String> saTypes = new ArrayList<String>();
        for (String saType : getSaTypeList().split(",")) {
            if (notBlank(saType)) {
                saTypes.add(saType.trim());
            }
        }
        boolean includeStopped = notNull(adjustmentAmount) && adjustmentAmount.signum() < 0
                && notNull(getAllowStoppedForCredits()) && "Y".equals(getAllowStoppedForCredits().trimmedValue());

        StringBuilder sql = new StringBuilder();
        sql.append("SELECT SA.SA_ID, SA.SA_TYPE_CD FROM CI_SA SA ");
        sql.append("WHERE SA.ACCT_ID = :acctId ");
        sql.append("AND SA.START_DT <= :adjDate ");
        sql.append("AND (SA.END_DT IS NULL OR SA.END_DT >= :adjDate) ");
        if (includeStopped) {
            sql.append("AND SA.SA_STATUS_FLG IN (:active, :pendingStop, :stopped) ");
        } else {
            sql.append("AND SA.SA_STATUS_FLG IN (:active, :pendingStop) ");
        }
        sql.append("AND SA.SA_TYPE_CD IN (").append(bindList("saType", saTypes.size())).append(") ");
        sql.append("ORDER BY SA.START_DT DESC");

        List<SQLResultRow> candidates;
        PreparedStatement ps = createPreparedStatement(sql.toString(), "CmDetermineAdjustmentContract - candidate contracts");
        try {
            ps.bindId("acctId", account.getId());
            ps.bindDate("adjDate", adjustmentDate);
            ps.bindLookup("active", ServiceAgreementStatusLookup.constants.ACTIVE);
            ps.bindLookup("pendingStop", ServiceAgreementStatusLookup.constants.PENDING_STOP);
            if (includeStopped) {
                ps.bindLookup("stopped", ServiceAgreementStatusLookup.constants.STOPPED);
            }
            for (int i = 0; i < saTypes.size(); i++) {
                ps.bindString("saType" + i, saTypes.get(i), "SA_TYPE_CD");
            }
            candidates = ps.list();
        } finally {
            ps.close();
        }

        // the SA type list is a priority order: the first type that has a candidate wins
        for (String saType : saTypes) {
            for (SQLResultRow row : candidates) {
                if (saType.equals(row.getString("SA_TYPE_CD").trim())) {
                    serviceAgreement = new ServiceAgreement_Id(row.getString("SA_ID")).getEntity();
                    return;
                }
            }
        }
        logger.info("No contract of type " + saTypes + " for account " + account.getId().getTrimmedValue()
                + ", adjustment type " + adjustmentType.getId().getTrimmedValue() + ", upload reference " + externalReferenceId);
    }

    /** ":saType0, :saType1, ..." for an IN list of {@code count} binds. */
    private static String bindList(String prefix, int count) {
        StringBuilder binds = new StringBuilder();
        for (int i = 0; i < count; i++) {
            binds.append(i == 0 ? ":" : ", :").append(prefix).append(i);
        }
        return binds.toString();
    }

    @Override
    public void setAccount(Account account) {
        this.account = account;
    }

    @Override
    public void setAdjustmentType(AdjustmentType adjustmentType) {
        this.adjustmentType = adjustmentType;
    }

    @Override
    public void setAdjustmentAmount(BigDecimal adjustmentAmount) {
        this.adjustmentAmount = adjustmentAmount;
    }

    @Override
    public void setAdjustmentDate(Date adjustmentDate) {
        this.adjustmentDate = adjustmentDate;
    }

    @Override
    public void setExternalReferenceId(String externalReferenceId) {
        this.externalReferenceId = externalReferenceId;
    }

    @Override
    public ServiceAgreement getServiceAgreement() {
        return serviceAgreement;
    }
}
