package com.northwind.ormb.ext.pricing.algo;

import java.math.BigDecimal;
import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwConstants;
import com.northwind.ormb.ext.common.NwToDos;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.todo.toDoType.ToDoType_Id;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaActivationAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * SA Type - SA Activation (I&C supply): an I&C contract that activates while the account has no
 * customer-specific prices at all would be billed on the standard tariff. A To Do entry asks the
 * pricing team to load the negotiated prices (price assignments owned by the account's party).
 *
 * Parameters:
 *   1 toDoType (To Do type, required) - To Do type for the pricing team (NW-NOPRC)
 */
public class NwNoCustomerPricingToDoAlgo_Impl extends AbstractAlgorithmComponent
        implements SaTypeSaActivationAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwNoCustomerPricingToDoAlgo_Impl.class.getName());

    /** Contract %1 of account %2 was activated without customer pricing (CI_MSG 93100/303). */
    private static final int NO_CUSTOMER_PRICING = 303;

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        ToDoType_Id toDoType = new ToDoType_Id(getStringSoftParameter("toDoType"));
        String acctId = serviceAgreement.getAccount().getId().getIdValue();

        BigDecimal prices = BigDecimal.ZERO;
        PreparedStatement ps = createPreparedStatement("""
                SELECT COUNT(*) AS PA_CNT
                  FROM CI_PARTY P, CI_PRICEASGN PA
                 WHERE P.PARTY_ID = :acctId
                   AND P.PARTY_TYPE_FLG = :partyType
                   AND PA.OWNER_ID = P.PARTY_UID
                   AND PA.PA_OWNER_TYPE_FLG = :ownerType
                """, "NwNoCustomerPricingToDoAlgo - customer prices of account");
        try {
            ps.bindString("acctId", acctId, "PARTY_ID");
            ps.bindString("partyType", NwConstants.PARTY_ACCOUNT, "PARTY_TYPE_FLG");
            ps.bindString("ownerType", NwConstants.OWNER_PARTY, "PA_OWNER_TYPE_FLG");
            for (SQLResultRow row : ps.list()) {
                prices = row.getBigDecimal("PA_CNT");
            }
        } finally {
            ps.close();
        }
        if (prices == null || prices.signum() == 0) {
            LOG.info(() -> "Account " + acctId.trim() + " has no customer pricing");
            NwToDos.create(toDoType, NO_CUSTOMER_PRICING,
                    "Contract " + serviceAgreement.getId().getTrimmedValue() + " activated without customer prices",
                    acctId, serviceAgreement.getId().getIdValue());
        }
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }
}
