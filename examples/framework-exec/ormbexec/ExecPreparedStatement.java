package ormbexec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.datatypes.Id;
import com.splwg.base.api.datatypes.Lookup;
import com.splwg.base.api.datatypes.Money;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;

/** PreparedStatement over the scenario's H2 database; named {@code :binds} become {@code ?}. */
public final class ExecPreparedStatement implements PreparedStatement {

    private final String original;
    private final String sql;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Object> binds = new HashMap<>();
    private int maxResults = Integer.MAX_VALUE;

    public ExecPreparedStatement(String sql, String description) {
        if (sql == null) {
            throw new IllegalArgumentException("createPreparedStatement: sql is null");
        }
        this.original = sql;
        this.sql = translate(sql, names);
    }

    /** Replaces {@code :name} binds outside quotes and comments by {@code ?}, recording the names. */
    static String translate(String sql, List<String> names) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == c) {
                        if (j + 1 < n && sql.charAt(j + 1) == c) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                out.append(sql, i, Math.min(n, j + 1));
                i = j + 1;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int j = sql.indexOf('\n', i);
                j = j < 0 ? n : j;
                out.append(' ');
                i = j;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int j = sql.indexOf("*/", i + 2);
                j = j < 0 ? n : j + 2;
                out.append(' ');
                i = j;
            } else if (c == ':' && i + 1 < n && (Character.isLetter(sql.charAt(i + 1)) || sql.charAt(i + 1) == '_')
                    && (i == 0 || sql.charAt(i - 1) != ':')) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
                    j++;
                }
                names.add(sql.substring(i + 1, j));
                out.append('?');
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        String text = out.toString().trim();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).trim();
        }
        return text;
    }

    private void bind(String name, Object value) {
        binds.put(name, Rt.jdbc(value));
    }

    @Override
    public void bindId(String bindName, Id id) {
        bind(bindName, id);
    }

    @Override
    public void bindString(String bindName, String value, String fieldName) {
        String v = value;
        if (v != null && !v.trim().isEmpty()) {
            v = v.stripTrailing();
        }
        binds.put(bindName, v);
    }

    @Override
    public void bindLookup(String bindName, Lookup lookup) {
        bind(bindName, lookup);
    }

    @Override
    public void bindEntity(String bindName, BusinessEntity entity) {
        bind(bindName, entity == null ? null : entity.getId());
    }

    @Override
    public void bindDate(String bindName, Date date) {
        bind(bindName, date);
    }

    @Override
    public void bindDateTime(String bindName, DateTime dateTime) {
        bind(bindName, dateTime);
    }

    @Override
    public void bindBigInteger(String bindName, BigInteger value) {
        bind(bindName, value);
    }

    @Override
    public void bindBigDecimal(String bindName, BigDecimal value) {
        bind(bindName, value);
    }

    @Override
    public void bindBoolean(String bindName, Bool value) {
        bind(bindName, value);
    }

    @Override
    public void bindMoney(String bindName, Money value) {
        bind(bindName, value);
    }

    @Override
    public void setAutoclose(boolean autoclose) {
    }

    @Override
    public void setMaxResults(int maxResults) {
        this.maxResults = maxResults <= 0 ? Integer.MAX_VALUE : maxResults;
    }

    private List<Object> params() {
        List<Object> out = new ArrayList<>();
        for (String name : names) {
            if (binds.containsKey(name)) {
                out.add(binds.get(name));
                continue;
            }
            String found = null;
            for (String k : binds.keySet()) {
                if (k.equalsIgnoreCase(name)) {
                    found = k;
                }
            }
            if (found == null) {
                throw new IllegalStateException("bind variable :" + name + " was not bound [" + original.trim() + "]");
            }
            out.add(binds.get(found));
        }
        return out;
    }

    private List<SQLResultRow> rows(int max) {
        try (java.sql.PreparedStatement ps = Rt.connection().prepareStatement(sql)) {
            Rt.setParams(ps, params());
            try (ResultSet rs = ps.executeQuery()) {
                List<SQLResultRow> out = new ArrayList<>();
                for (Map<String, Object> row : Rt.readRows(rs, Math.min(max, maxResults))) {
                    out.add(new ExecResultRow(row));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + e.getMessage() + " [" + original.trim() + "]", e);
        }
    }

    @Override
    public List<SQLResultRow> list() {
        return rows(Integer.MAX_VALUE);
    }

    @Override
    public SQLResultRow firstRow() {
        List<SQLResultRow> rows = rows(1);
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public Iterator<SQLResultRow> iterate() {
        return list().iterator();
    }

    @Override
    public int execute() {
        if (sql.regionMatches(true, 0, "SELECT", 0, 6) || sql.regionMatches(true, 0, "WITH", 0, 4)) {
            return list().size();
        }
        return executeUpdate();
    }

    @Override
    public int executeUpdate() {
        try (java.sql.PreparedStatement ps = Rt.connection().prepareStatement(sql)) {
            Rt.setParams(ps, params());
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + e.getMessage() + " [" + original.trim() + "]", e);
        }
    }

    @Override
    public void close() {
    }
}
