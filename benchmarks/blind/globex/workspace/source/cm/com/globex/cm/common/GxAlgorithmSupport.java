package com.globex.cm.common;

import java.math.BigDecimal;

import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Globex Telecom - abstract base for algorithm types declared only on the Algorithm Type
 * (name-based soft parameters, no generated _Gen class).
 *
 * <p>NOTE (team decision, 2024-03 design review): new algorithms do NOT extend this class. They
 * follow the SDK convention {@code GxXxxAlgorithm_Impl extends GxXxxAlgorithm_Gen} with the soft
 * parameters declared in the class Javadoc. This class is kept for the two legacy algorithm types
 * migrated from the 2.6 upgrade and for quick prototypes.
 *
 * @author Globex ORMB team
 */
public abstract class GxAlgorithmSupport extends AbstractAlgorithmComponent {

    private static final Logger logger = LoggerFactory.getLogger(GxAlgorithmSupport.class);

    /** Today in business terms. */
    protected Date today() {
        return getProcessDateTime().getDate();
    }

    /** Decimal soft parameter with a default when it is left empty. */
    protected BigDecimal decimalParm(String name, BigDecimal defaultValue) {
        BigDecimal value = getDecimalSoftParameter(name);
        if (value == null) {
            logger.debug("Soft parameter " + name + " empty, using default " + defaultValue);
            return defaultValue;
        }
        return value;
    }

    /** Sum of the frozen FT current amounts of an account (its current balance). */
    protected BigDecimal accountCurrentBalance(String accountId) {
        PreparedStatement ps = createPreparedStatement(
                "SELECT SUM(FT.CUR_AMT) AS BAL FROM CI_FT FT, CI_SA SA "
                        + "WHERE FT.SA_ID = SA.SA_ID AND SA.ACCT_ID = :acctId AND FT.FREEZE_SW = 'Y'",
                "GxAlgorithmSupport - account current balance");
        ps.bindString("acctId", accountId, "ACCT_ID");
        return GxSql.firstDecimal(ps, "BAL");
    }
}
