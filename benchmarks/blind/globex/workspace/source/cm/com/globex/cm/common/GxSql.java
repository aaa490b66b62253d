package com.globex.cm.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;

/**
 * Globex Telecom - small helpers around {@link PreparedStatement} so that the usual
 * "read one value and close" code is not repeated in every algorithm.
 *
 * <p>The caller creates and binds the statement (createPreparedStatement is only available
 * inside framework components); every method here runs it once and ALWAYS closes it.
 *
 * <pre>
 * PreparedStatement ps = createPreparedStatement("SELECT SUM(CUR_AMT) AS BAL FROM CI_FT WHERE SA_ID = :saId", "GxXxx - balance");
 * ps.bindId("saId", sa.getId());
 * BigDecimal balance = GxSql.firstDecimal(ps, "BAL");
 * </pre>
 *
 * @author Globex ORMB team (R. Okafor)
 */
public final class GxSql {

    private GxSql() {
    }

    /** First row's column as decimal; ZERO when there is no row or the value is null. */
    public static BigDecimal firstDecimal(PreparedStatement ps, String column) {
        try {
            SQLResultRow row = ps.firstRow();
            if (row == null || row.getBigDecimal(column) == null) {
                return BigDecimal.ZERO;
            }
            return row.getBigDecimal(column);
        } finally {
            ps.close();
        }
    }

    /** First row's column as trimmed string; null when there is no row or the value is null. */
    public static String firstString(PreparedStatement ps, String column) {
        try {
            SQLResultRow row = ps.firstRow();
            if (row == null || row.getString(column) == null) {
                return null;
            }
            return row.getString(column).trim();
        } finally {
            ps.close();
        }
    }

    /** First row's column as date; null when there is no row or the value is null. */
    public static Date firstDate(PreparedStatement ps, String column) {
        try {
            SQLResultRow row = ps.firstRow();
            return row == null ? null : row.getDate(column);
        } finally {
            ps.close();
        }
    }

    /** Number of rows the statement returns ("does anything exist" checks). */
    public static int countRows(PreparedStatement ps) {
        try {
            return ps.list().size();
        } finally {
            ps.close();
        }
    }

    /** True when the statement returns at least one row. */
    public static boolean exists(PreparedStatement ps) {
        try {
            return ps.firstRow() != null;
        } finally {
            ps.close();
        }
    }

    /** All values of one column, trimmed, in result order. */
    public static List<String> stringList(PreparedStatement ps, String column) {
        List<String> values = new ArrayList<String>();
        try {
            for (SQLResultRow row : ps.list()) {
                String v = row.getString(column);
                values.add(v == null ? null : v.trim());
            }
        } finally {
            ps.close();
        }
        return values;
    }

    /** Runs an INSERT / UPDATE / DELETE and returns the number of rows touched. */
    public static int update(PreparedStatement ps) {
        try {
            return ps.executeUpdate();
        } finally {
            ps.close();
        }
    }
}
