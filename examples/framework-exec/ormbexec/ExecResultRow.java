package ormbexec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.datatypes.EntityId;
import com.splwg.base.api.datatypes.Lookup;
import com.splwg.base.api.sql.SQLResultRow;

/** One result row; columns by name or alias (case-insensitive, {@code T.COL} finds {@code COL}). */
public final class ExecResultRow implements SQLResultRow {

    private final Map<String, Object> values;

    ExecResultRow(Map<String, Object> values) {
        this.values = values;
    }

    private Object raw(String column) {
        String key = column.toUpperCase(Locale.ROOT).trim();
        if (values.containsKey(key)) {
            return values.get(key);
        }
        int dot = key.lastIndexOf('.');
        if (dot >= 0 && values.containsKey(key.substring(dot + 1))) {
            return values.get(key.substring(dot + 1));
        }
        throw new IllegalArgumentException("no column " + column + " in the result row " + values.keySet());
    }

    @Override
    public String getString(String columnName) {
        return Rt.asString(raw(columnName));
    }

    @Override
    public BigDecimal getBigDecimal(String columnName) {
        return Rt.toBigDecimal(raw(columnName));
    }

    @Override
    public BigInteger getInteger(String columnName) {
        BigDecimal v = Rt.toBigDecimal(raw(columnName));
        return v == null ? null : v.toBigInteger();
    }

    @Override
    public Date getDate(String columnName) {
        return Rt.toDate(raw(columnName));
    }

    @Override
    public DateTime getDateTime(String columnName) {
        return Rt.toDateTime(raw(columnName));
    }

    @Override
    public Bool getBoolean(String columnName) {
        return Bool.valueOf(Rt.asString(raw(columnName)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <I extends EntityId<?>> I getId(String columnName, Class<? extends BusinessEntity> entityClass) {
        Object v = raw(columnName);
        if (v == null || Rt.asString(v).trim().isEmpty()) {
            return null;
        }
        return (I) Rt.newId(entityClass, List.of(v));
    }

    @Override
    public <E extends BusinessEntity> E getEntity(String columnName, Class<E> entityClass) {
        Object v = raw(columnName);
        if (v == null || Rt.asString(v).trim().isEmpty()) {
            return null;
        }
        return Rt.load(entityClass, Rt.newId(entityClass, List.of(v)));
    }

    @Override
    public <L extends Lookup> L getLookup(String columnName, Class<L> lookupClass) {
        return Rt.lookup(lookupClass, Rt.asString(raw(columnName)));
    }

    @Override
    public Object get(String columnName) {
        return raw(columnName);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
