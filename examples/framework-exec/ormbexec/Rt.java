package ormbexec;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.ChildCollection;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.datatypes.EntityId;
import com.splwg.base.api.datatypes.Id;
import com.splwg.base.api.datatypes.Lookup;
import com.splwg.base.api.datatypes.Money;
import com.splwg.base.domain.common.currency.Currency_Id;
import com.splwg.shared.common.ApplicationError;
import com.splwg.shared.common.ServerMessage;

/**
 * Runtime of the executable framework: the per-scenario database, clock, soft parameters and
 * recorded messages, plus the entity emulation (rows read and written through JDBC, entities as
 * dynamic proxies of the framework's entity interfaces).
 */
public final class Rt {

    public static final LocalDateTime DEFAULT_NOW = LocalDateTime.of(2026, 6, 15, 10, 0, 0);

    private static Connection conn;
    private static LocalDateTime now = DEFAULT_NOW;
    private static Map<String, String> softParameters = new HashMap<>();
    private static final List<String> ERRORS = new ArrayList<>();
    private static final List<String> WARNINGS = new ArrayList<>();
    private static final List<String> LOG = new ArrayList<>();
    private static final Map<String, List<String>> PK_CACHE = new HashMap<>();
    private static final Map<String, Map<String, Integer>> COLUMN_CACHE = new HashMap<>();
    private static long keyCounter;

    private static Map<String, EntityMeta> metas;

    private Rt() {
    }

    // ---- per-run state -----------------------------------------------------------------------

    /** Starts a scenario: database, business "now" and soft parameter values by name. */
    public static void reset(Connection connection, LocalDateTime processDateTime, Map<String, String> soft) {
        conn = connection;
        now = processDateTime == null ? DEFAULT_NOW : processDateTime;
        softParameters = soft == null ? new HashMap<>() : new HashMap<>(soft);
        ERRORS.clear();
        WARNINGS.clear();
        LOG.clear();
        PK_CACHE.clear();
        COLUMN_CACHE.clear();
        keyCounter = 0;
    }

    public static Connection connection() {
        if (conn == null) {
            throw new IllegalStateException("no database: the executable framework runs under ormbexec.ScenarioRunner");
        }
        return conn;
    }

    public static List<String> errors() {
        return ERRORS;
    }

    public static List<String> warnings() {
        return WARNINGS;
    }

    public static List<String> log() {
        return LOG;
    }

    public static void log(String line) {
        if (LOG.size() < 200) {
            LOG.add(line);
        }
    }

    public static DateTime processDateTime() {
        return new DateTime(now.getYear(), now.getMonthValue(), now.getDayOfMonth(), now.getHour(),
                now.getMinute(), now.getSecond());
    }

    public static Date processDate() {
        return new Date(now.getYear(), now.getMonthValue(), now.getDayOfMonth());
    }

    /** Raw soft parameter value (null when unbound or empty). */
    public static String softParameter(String name) {
        String v = softParameters.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    public static RuntimeException addError(ServerMessage message) {
        ERRORS.add(String.valueOf(message));
        return new ApplicationError(message);
    }

    public static void addWarning(ServerMessage message) {
        WARNINGS.add(String.valueOf(message));
    }

    /** The exception a stub method throws: names the API method that has no executable body. */
    public static RuntimeException notExecutable() {
        StackTraceElement[] trace = new Throwable().getStackTrace();
        String where = trace.length > 1 ? trace[1].getClassName() + "." + trace[1].getMethodName() : "?";
        return new NotExecutable(where);
    }

    // ---- entity metadata ---------------------------------------------------------------------

    static synchronized Map<String, EntityMeta> metas() {
        if (metas == null) {
            metas = new HashMap<>();
            try (InputStream in = Rt.class.getResourceAsStream("/ormbexec/entities.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("ormbexec/entities.tsv missing from the framework jar");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    String[] f = line.split("\t");
                    if (f.length < 3) {
                        continue;
                    }
                    if (f[0].equals("E")) {
                        metas.put(f[1], new EntityMeta(f[1], f[2]));
                    } else if (f[0].equals("G") && metas.containsKey(f[1])) {
                        metas.get(f[1]).columns.put(f[2], f[3].split(","));
                    } else if (f[0].equals("C") && metas.containsKey(f[1])) {
                        metas.get(f[1]).children.put(f[2], f[3]);
                    }
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return metas;
    }

    static EntityMeta meta(Class<?> iface) {
        EntityMeta m = metas().get(iface.getName());
        if (m == null) {
            throw new NotExecutable("no table known for entity " + iface.getName());
        }
        return m;
    }

    /** Entity interface by simple name (case-insensitive), e.g. {@code toDoType}; null when unknown. */
    public static Class<?> entityBySimpleName(String simple) {
        for (String fqn : metas().keySet()) {
            if (fqn.substring(fqn.lastIndexOf('.') + 1).equalsIgnoreCase(simple)) {
                return classFor(fqn);
            }
        }
        return null;
    }

    static Class<?> classFor(String fqn) {
        try {
            return Class.forName(fqn);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    // ---- database metadata -------------------------------------------------------------------

    static List<String> pk(String table) {
        List<String> cached = PK_CACHE.get(table);
        if (cached != null) {
            return cached;
        }
        List<String> out = new ArrayList<>();
        try {
            DatabaseMetaData md = connection().getMetaData();
            Map<Integer, String> bySeq = new java.util.TreeMap<>();
            try (ResultSet rs = md.getPrimaryKeys(null, null, table)) {
                while (rs.next()) {
                    bySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
            out.addAll(bySeq.values());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        PK_CACHE.put(table, out);
        return out;
    }

    /** Column name -> size of a table (empty when the workspace DDL has no such table). */
    static Map<String, Integer> columns(String table) {
        Map<String, Integer> cached = COLUMN_CACHE.get(table);
        if (cached != null) {
            return cached;
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        try (ResultSet rs = connection().getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                out.put(rs.getString("COLUMN_NAME"), rs.getInt("COLUMN_SIZE"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        COLUMN_CACHE.put(table, out);
        return out;
    }

    static boolean hasTable(String table) {
        return !columns(table).isEmpty();
    }

    static void requireTable(String table, String what) {
        if (!hasTable(table)) {
            throw new NotExecutable(what + ": table " + table + " is not in the workspace DDL");
        }
    }

    // ---- SQL helpers -------------------------------------------------------------------------

    static List<Map<String, Object>> query(String sql, List<Object> params) {
        try (java.sql.PreparedStatement ps = connection().prepareStatement(sql)) {
            setParams(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return readRows(rs, Integer.MAX_VALUE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + e.getMessage() + " [" + sql + "]", e);
        }
    }

    static int update(String sql, List<Object> params) {
        try (java.sql.PreparedStatement ps = connection().prepareStatement(sql)) {
            setParams(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + e.getMessage() + " [" + sql + "]", e);
        }
    }

    static void setParams(java.sql.PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object v = params.get(i);
            if (v == null) {
                ps.setNull(i + 1, java.sql.Types.VARCHAR);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    static List<Map<String, Object>> readRows(ResultSet rs, int max) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        ResultSetMetaData md = rs.getMetaData();
        while (out.size() < max && rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 1; c <= md.getColumnCount(); c++) {
                String label = md.getColumnLabel(c).toUpperCase(Locale.ROOT);
                Object v = rs.getObject(c);
                if (v instanceof java.sql.Clob) {
                    java.sql.Clob clob = (java.sql.Clob) v;
                    v = clob.getSubString(1, (int) clob.length());
                }
                row.putIfAbsent(label, v);
            }
            out.add(row);
        }
        return out;
    }

    static String where(List<String> cols) {
        StringBuilder b = new StringBuilder();
        for (String c : cols) {
            b.append(b.length() == 0 ? " WHERE " : " AND ").append(c).append(" = ?");
        }
        return b.toString();
    }

    // ---- value conversion --------------------------------------------------------------------

    /** A framework value as a JDBC parameter (ids and lookups by trimmed value, Bool as Y/N...). */
    public static Object jdbc(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Id) {
            return ((Id) v).getTrimmedValue();
        }
        if (v instanceof Lookup) {
            return ((Lookup) v).trimmedValue();
        }
        if (v instanceof Bool) {
            return ((Bool) v).toSwitchValue();
        }
        if (v instanceof Boolean) {
            return ((Boolean) v) ? "Y" : "N";
        }
        if (v instanceof Date) {
            return java.sql.Date.valueOf(LocalDate.parse(v.toString()));
        }
        if (v instanceof DateTime) {
            return Timestamp.valueOf(LocalDateTime.parse(v.toString()));
        }
        if (v instanceof Money) {
            return ((Money) v).getAmount();
        }
        if (v instanceof BigInteger) {
            return new BigDecimal((BigInteger) v);
        }
        if (v instanceof BusinessEntity) {
            return jdbc(((BusinessEntity) v).getId());
        }
        if (v instanceof Character) {
            return v.toString();
        }
        return v;
    }

    static String asString(Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof BigDecimal) {
            return ((BigDecimal) raw).toPlainString();
        }
        if (raw instanceof Timestamp || raw instanceof LocalDateTime || raw instanceof java.sql.Date
                || raw instanceof LocalDate || raw instanceof java.time.OffsetDateTime) {
            LocalDateTime t = toLocalDateTime(raw);
            return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? t.toLocalDate().toString()
                    : t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        }
        return raw.toString();
    }

    static BigDecimal toBigDecimal(Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof BigDecimal) {
            return (BigDecimal) raw;
        }
        if (raw instanceof BigInteger) {
            return new BigDecimal((BigInteger) raw);
        }
        if (raw instanceof Number) {
            return new BigDecimal(raw.toString());
        }
        String s = raw.toString().trim();
        return s.isEmpty() ? null : new BigDecimal(s);
    }

    static LocalDateTime toLocalDateTime(Object raw) {
        if (raw instanceof Timestamp) {
            return ((Timestamp) raw).toLocalDateTime();
        }
        if (raw instanceof LocalDateTime) {
            return (LocalDateTime) raw;
        }
        if (raw instanceof java.time.OffsetDateTime) {
            return ((java.time.OffsetDateTime) raw).toLocalDateTime();
        }
        if (raw instanceof java.sql.Date) {
            return ((java.sql.Date) raw).toLocalDate().atStartOfDay();
        }
        if (raw instanceof LocalDate) {
            return ((LocalDate) raw).atStartOfDay();
        }
        if (raw instanceof Date) {
            return LocalDate.parse(raw.toString()).atStartOfDay();
        }
        if (raw instanceof DateTime) {
            return LocalDateTime.parse(raw.toString());
        }
        String s = raw.toString().trim();
        if (s.length() <= 10) {
            return LocalDate.parse(s).atStartOfDay();
        }
        return LocalDateTime.parse(s.replace(' ', 'T'));
    }

    static Date toDate(Object raw) {
        if (raw == null || raw.toString().trim().isEmpty()) {
            return null;
        }
        LocalDateTime t = toLocalDateTime(raw);
        return new Date(t.getYear(), t.getMonthValue(), t.getDayOfMonth());
    }

    static DateTime toDateTime(Object raw) {
        if (raw == null || raw.toString().trim().isEmpty()) {
            return null;
        }
        LocalDateTime t = toLocalDateTime(raw);
        return new DateTime(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond());
    }

    /** Converts a column value (or runner input text) to a framework/Java type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Object convert(Object raw, Class<?> type, Map<String, Object> row) {
        if (raw instanceof String && ((String) raw).trim().isEmpty() && type != String.class) {
            raw = null;
        }
        if (raw == null) {
            if (type == int.class || type == long.class || type == short.class) {
                return type == int.class ? 0 : type == long.class ? 0L : (short) 0;
            }
            if (type == boolean.class) {
                return false;
            }
            if (type == double.class) {
                return 0.0;
            }
            return null;
        }
        if (type == String.class || type == Object.class && raw instanceof String) {
            return asString(raw);
        }
        if (type == BigDecimal.class) {
            return toBigDecimal(raw);
        }
        if (type == BigInteger.class) {
            return toBigDecimal(raw).toBigInteger();
        }
        if (type == int.class || type == Integer.class) {
            return toBigDecimal(raw).intValue();
        }
        if (type == long.class || type == Long.class) {
            return toBigDecimal(raw).longValue();
        }
        if (type == double.class || type == Double.class) {
            return toBigDecimal(raw).doubleValue();
        }
        if (type == boolean.class || type == Boolean.class) {
            String s = asString(raw).trim();
            return "Y".equalsIgnoreCase(s) || "true".equalsIgnoreCase(s);
        }
        if (type == Bool.class) {
            String s = asString(raw).trim();
            return Bool.valueOf("Y".equalsIgnoreCase(s) || "true".equalsIgnoreCase(s));
        }
        if (type == Date.class) {
            return toDate(raw);
        }
        if (type == DateTime.class) {
            return toDateTime(raw);
        }
        if (type == Money.class) {
            Object cur = row == null ? null : row.get("CURRENCY_CD");
            return new Money(toBigDecimal(raw), cur == null ? null : new Currency_Id(asString(cur).trim()));
        }
        if (Lookup.class.isAssignableFrom(type)) {
            return lookup((Class<? extends Lookup>) type, asString(raw));
        }
        if (Id.class.isAssignableFrom(type)) {
            return idOfClass(type, asString(raw).trim());
        }
        if (BusinessEntity.class.isAssignableFrom(type) && type.isInterface()) {
            return load((Class) type, newId(type, List.of(raw)));
        }
        if (type.isInstance(raw)) {
            return raw;
        }
        throw new NotExecutable("cannot convert " + raw.getClass().getSimpleName() + " to " + type.getName());
    }

    // ---- lookups ----------------------------------------------------------------------------

    static Object constants(Class<?> lookupClass) {
        try {
            Field f = lookupClass.getField("constants");
            return f.get(null);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** The lookup of {@code type} whose stored value (or constant name) is {@code value}. */
    @SuppressWarnings("unchecked")
    public static <L extends Lookup> L lookup(Class<L> type, String value) {
        if (value == null || value.trim().isEmpty()) {
            return null;
        }
        String v = value.trim();
        Object constants = constants(type);
        if (constants != null) {
            for (Field f : constants.getClass().getFields()) {
                try {
                    Object c = f.get(constants);
                    if (type.isInstance(c) && (v.equals(((Lookup) c).trimmedValue()) || v.equals(f.getName()))) {
                        return (L) c;
                    }
                } catch (IllegalAccessException e) {
                    // not a constant
                }
            }
        }
        try {
            Constructor<L> ctor = type.getDeclaredConstructor(String.class);
            ctor.setAccessible(true);
            return ctor.newInstance(v);
        } catch (ReflectiveOperationException e) {
            throw new NotExecutable("lookup " + type.getName() + " value " + v);
        }
    }

    /** The constant name of a lookup value ({@code FROZEN}), else its stored value. */
    public static String lookupName(Lookup lookup) {
        Object constants = constants(lookup.getClass());
        if (constants != null) {
            for (Field f : constants.getClass().getFields()) {
                try {
                    if (lookup.equals(f.get(constants))) {
                        return f.getName();
                    }
                } catch (IllegalAccessException e) {
                    // skip
                }
            }
        }
        return lookup.trimmedValue();
    }

    // ---- ids --------------------------------------------------------------------------------

    static Id idOfClass(Class<?> idClass, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            for (Constructor<?> c : idClass.getConstructors()) {
                Class<?>[] p = c.getParameterTypes();
                if (p.length == 1 && p[0] == String.class) {
                    return (Id) c.newInstance(value);
                }
                if (p.length == 1 && p[0] == int.class) {
                    return (Id) c.newInstance(Integer.parseInt(value));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        if (value.contains("|")) {
            return compositeId(idClass, Arrays.asList((Object[]) value.split("\\|", -1)));
        }
        throw new NotExecutable("cannot build " + idClass.getSimpleName() + " from '" + value + "'");
    }

    static Class<?> idClassOf(Class<?> iface) {
        Class<?> c = classFor(iface.getName() + "_Id");
        if (c == null) {
            throw new NotExecutable("no id class for " + iface.getName());
        }
        return c;
    }

    /** The id of entity {@code iface} from its key column values (one for simple keys). */
    public static Id newId(Class<?> iface, List<Object> parts) {
        Class<?> idClass = idClassOf(iface);
        if (parts.size() == 1 && !(asString(parts.get(0)).contains("|")) && hasStringCtor(idClass)) {
            return idOfClass(idClass, asString(parts.get(0)).trim());
        }
        return compositeId(idClass, parts);
    }

    static boolean hasStringCtor(Class<?> idClass) {
        for (Constructor<?> c : idClass.getConstructors()) {
            if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == String.class) {
                return true;
            }
        }
        return false;
    }

    static Constructor<?> keyConstructor(Class<?> idClass) {
        Constructor<?> best = null;
        for (Constructor<?> c : idClass.getConstructors()) {
            boolean ok = true;
            for (Class<?> p : c.getParameterTypes()) {
                ok &= Id.class.isAssignableFrom(p) || p == String.class || p == BigInteger.class || p == Date.class
                        || p == int.class || p == BigDecimal.class;
            }
            if (ok && (best == null || c.getParameterCount() > best.getParameterCount())) {
                best = c;
            }
        }
        return best;
    }

    static Id compositeId(Class<?> idClass, List<Object> parts) {
        Constructor<?> c = keyConstructor(idClass);
        if (c == null || c.getParameterCount() != parts.size()) {
            throw new NotExecutable("cannot build " + idClass.getSimpleName() + " from " + parts);
        }
        Object[] args = new Object[parts.size()];
        Class<?>[] types = c.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            Object raw = parts.get(i);
            args[i] = Id.class.isAssignableFrom(types[i]) ? idOfClass(types[i], asString(raw).trim())
                    : convert(raw, types[i], null);
        }
        try {
            return (Id) c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JDBC values of the key columns of an id, in key order. */
    static List<Object> keyValues(Id id) {
        Class<?> idClass = id.getClass();
        if (hasStringCtor(idClass)) {
            return new ArrayList<>(List.of(id.getTrimmedValue()));
        }
        Constructor<?> c = keyConstructor(idClass);
        List<Object> out = new ArrayList<>();
        if (c == null) {
            out.add(id.getTrimmedValue());
            return out;
        }
        for (Parameter p : c.getParameters()) {
            String getter = "get" + Character.toUpperCase(p.getName().charAt(0)) + p.getName().substring(1);
            try {
                out.add(jdbc(idClass.getMethod(getter).invoke(id)));
            } catch (ReflectiveOperationException e) {
                throw new NotExecutable("key part " + p.getName() + " of " + idClass.getSimpleName());
            }
        }
        return out;
    }

    // ---- entities ---------------------------------------------------------------------------

    /** The entity with this id, or null when its row does not exist. */
    @SuppressWarnings("unchecked")
    public static <E> E load(Class<E> iface, Id id) {
        if (id == null || id.isNull()) {
            return null;
        }
        EntityMeta m = meta(iface);
        requireTable(m.table, "loading " + iface.getSimpleName());
        if (row(m, id) == null) {
            return null;
        }
        return proxy(iface, id);
    }

    /** An entity proxy without checking that the row exists (the algorithm's own configuration). */
    @SuppressWarnings("unchecked")
    public static <E> E proxy(Class<E> iface, Id id) {
        EntityMeta m = meta(iface);
        return (E) Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface},
                new EntityHandler(m, iface, id));
    }

    static Map<String, Object> row(EntityMeta m, Id id) {
        List<String> pk = pk(m.table);
        List<Object> key = keyValues(id);
        if (pk.size() != key.size()) {
            throw new NotExecutable("key of " + m.table + " is " + pk + " but " + id + " has " + key.size() + " part(s)");
        }
        List<Map<String, Object>> rows = query("SELECT * FROM " + m.table + where(pk), key);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Entity for a DTO's id (DataTransferObject.getEntity). */
    public static <E> E dtoEntity(Class<E> iface, Object dto) {
        Object id = call(dto, "getId");
        return id == null ? null : load(iface, (Id) id);
    }

    static Object call(Object target, String method) {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Columns a DTO property maps to: the entity getter of the same name, or without "Id". */
    static String[] propertyColumns(EntityMeta m, String property) {
        String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        String[] cols = m.columns.get("get" + cap);
        if (cols == null && cap.endsWith("Id") && cap.length() > 2) {
            cols = m.columns.get("get" + cap.substring(0, cap.length() - 2));
        }
        if (cols == null) {
            String upper = camelToColumn(property);
            if (columns(m.table).containsKey(upper)) {
                cols = new String[] {upper};
            }
        }
        return cols;
    }

    static String camelToColumn(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    static Object dtoFrom(EntityMeta m, Class<?> iface, Id id) {
        Class<?> dtoClass = classFor(iface.getName() + "_DTO");
        if (dtoClass == null) {
            throw new NotExecutable("no DTO class for " + iface.getName());
        }
        Map<String, Object> row = row(m, id);
        try {
            Object dto = dtoClass.getConstructor().newInstance();
            for (Method setter : dtoClass.getMethods()) {
                if (!setter.getName().startsWith("set") || setter.getParameterCount() != 1
                        || Modifier.isStatic(setter.getModifiers())) {
                    continue;
                }
                String prop = Character.toLowerCase(setter.getName().charAt(3)) + setter.getName().substring(4);
                if (prop.equals("id")) {
                    setter.invoke(dto, id);
                    continue;
                }
                String[] cols = propertyColumns(m, prop);
                if (cols == null || row == null) {
                    continue;
                }
                setter.invoke(dto, fromColumns(setter.getParameterTypes()[0], cols, row));
            }
            return dto;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** DTO properties mapped to columns: column -> JDBC value (composite foreign keys split). */
    static Map<String, Object> dtoValues(EntityMeta m, Object dto, boolean skipNulls) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Method getter : dto.getClass().getMethods()) {
            String name = getter.getName();
            if (!name.startsWith("get") || getter.getParameterCount() != 0 || name.equals("getClass")
                    || name.equals("getId") || name.equals("getEntity") || Modifier.isStatic(getter.getModifiers())) {
                continue;
            }
            String prop = Character.toLowerCase(name.charAt(3)) + name.substring(4);
            String[] cols = propertyColumns(m, prop);
            if (cols == null) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(dto);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value == null && skipNulls) {
                continue;
            }
            if (cols.length == 1) {
                out.put(cols[0], jdbc(value));
            } else {
                List<Object> parts = value instanceof Id ? keyValues((Id) value) : null;
                for (int i = 0; i < cols.length; i++) {
                    out.put(cols[i], parts == null || i >= parts.size() ? null : parts.get(i));
                }
            }
        }
        return out;
    }

    static Object fromColumns(Class<?> type, String[] cols, Map<String, Object> row) {
        if (cols.length > 1) {
            List<Object> parts = new ArrayList<>();
            for (String c : cols) {
                Object v = row.get(c);
                if (v == null || asString(v).trim().isEmpty()) {
                    return null;
                }
                parts.add(v);
            }
            if (BusinessEntity.class.isAssignableFrom(type) && type.isInterface()) {
                return loadAny(type, newId(type, parts));
            }
            if (Id.class.isAssignableFrom(type)) {
                return compositeId(type, parts);
            }
            return asString(parts.get(0));
        }
        if (!row.containsKey(cols[0])) {
            log("WARN ormbexec: column " + cols[0] + " is not in the workspace DDL; read as null");
            return convert(null, type, row);
        }
        return convert(row.get(cols[0]), type, row);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object loadAny(Class<?> iface, Id id) {
        return load((Class) iface, id);
    }

    static void updateFromDto(EntityMeta m, Id id, Object dto) {
        Map<String, Object> values = dtoValues(m, dto, false);
        Map<String, Integer> cols = columns(m.table);
        values.keySet().retainAll(cols.keySet());
        if (values.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("UPDATE " + m.table + " SET ");
        List<Object> params = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (!params.isEmpty()) {
                sql.append(", ");
            }
            sql.append(e.getKey()).append(" = ?");
            params.add(e.getValue());
        }
        List<String> pk = pk(m.table);
        sql.append(where(pk));
        params.addAll(keyValues(id));
        update(sql.toString(), params);
    }

    /** DataTransferObject.newEntity(): inserts the row (new key when the DTO has none). */
    @SuppressWarnings("unchecked")
    public static <E> E insert(Class<E> iface, Object dto) {
        EntityMeta m = meta(iface);
        requireTable(m.table, "inserting " + iface.getSimpleName());
        Id id = (Id) call(dto, "getId");
        List<String> pk = pk(m.table);
        if (id == null) {
            if (pk.size() != 1) {
                throw new NotExecutable("new " + iface.getSimpleName() + " needs its composite id set on the DTO");
            }
            id = newId(iface, List.of(newKey(m.table, pk.get(0))));
            try {
                dto.getClass().getMethod("setId", id.getClass()).invoke(dto, id);
            } catch (ReflectiveOperationException e) {
                // DTO without setId: the row still gets the key
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<Object> key = keyValues(id);
        for (int i = 0; i < pk.size() && i < key.size(); i++) {
            values.put(pk.get(i), key.get(i));
        }
        for (Map.Entry<String, Object> e : dtoValues(m, dto, true).entrySet()) {
            values.putIfAbsent(e.getKey(), e.getValue());
        }
        insertRow(m.table, values);
        return proxy(iface, id);
    }

    /** INSERT with framework defaults: creation time = process time, To Do entries open. */
    static void insertRow(String table, Map<String, Object> values) {
        Map<String, Integer> cols = columns(table);
        requireTable(table, "insert");
        if (cols.containsKey("CRE_DTTM") && values.get("CRE_DTTM") == null) {
            values.put("CRE_DTTM", Timestamp.valueOf(now));
        }
        if (table.equals("CI_TD_ENTRY") && values.get("ENTRY_STATUS_FLG") == null) {
            values.put("ENTRY_STATUS_FLG", "O");
        }
        values.keySet().retainAll(cols.keySet());
        StringBuilder names = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            names.append(names.length() == 0 ? "" : ", ").append(e.getKey());
            marks.append(marks.length() == 0 ? "?" : ", ?");
            params.add(e.getValue());
        }
        update("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")", params);
    }

    /** A new numeric key of the column's length that is not used yet (deterministic per run). */
    public static String newKey(String table, String column) {
        int len = Math.max(1, Math.min(14, columns(table).getOrDefault(column, 10)));
        while (true) {
            keyCounter++;
            String digits = Long.toString(keyCounter);
            StringBuilder b = new StringBuilder("9");
            while (b.length() + digits.length() < len) {
                b.append('0');
            }
            String key = (b + digits).substring(0, Math.max(len, digits.length()));
            if (query("SELECT 1 FROM " + table + " WHERE " + column + " = ?", List.of(key)).isEmpty()) {
                return key;
            }
        }
    }

    static void delete(EntityMeta m, Id id) {
        update("DELETE FROM " + m.table + where(pk(m.table)), keyValues(id));
    }

    // ---- child collections -------------------------------------------------------------------

    static Class<?> childEntity(Class<?> collectionType) {
        for (Type t : collectionType.getGenericInterfaces()) {
            if (t instanceof ParameterizedType && ((ParameterizedType) t).getRawType() == ChildCollection.class) {
                Type arg = ((ParameterizedType) t).getActualTypeArguments()[0];
                if (arg instanceof Class) {
                    return (Class<?>) arg;
                }
            }
        }
        return null;
    }

    static Object collection(EntityMeta owner, Id ownerId, Class<?> collectionType, String childTable) {
        Class<?> child = childEntity(collectionType);
        if (child == null) {
            throw new NotExecutable("child collection " + collectionType.getName());
        }
        return Proxy.newProxyInstance(collectionType.getClassLoader(), new Class<?>[] {collectionType},
                new CollectionHandler(owner, ownerId, child, childTable));
    }

    /** Latest characteristic of a type (by effective date or sequence), effective on {@code date}. */
    static Object effectiveCharacteristic(EntityMeta owner, Id ownerId, Class<?> charEntity, Object charType, Date date) {
        if (charType == null) {
            return null;
        }
        String childTable = owner.children.get("getCharacteristics");
        if (childTable == null) {
            childTable = meta(charEntity).table;
        }
        requireTable(childTable, "characteristics");
        List<String> ownerPk = pk(owner.table);
        List<Object> params = new ArrayList<>(keyValues(ownerId));
        StringBuilder sql = new StringBuilder("SELECT * FROM " + childTable + where(ownerPk) + " AND CHAR_TYPE_CD = ?");
        params.add(jdbc(charType instanceof BusinessEntity ? ((BusinessEntity) charType).getId() : charType));
        Map<String, Integer> cols = columns(childTable);
        if (cols.containsKey("EFFDT")) {
            sql.append(" AND EFFDT <= ? ORDER BY EFFDT DESC");
            params.add(jdbc(date == null ? processDate() : date));
        } else if (cols.containsKey("SEQ_NUM")) {
            sql.append(" ORDER BY SEQ_NUM DESC");
        }
        List<Map<String, Object>> rows = query(sql.toString(), params);
        if (rows.isEmpty()) {
            return null;
        }
        List<Object> parts = new ArrayList<>();
        for (String c : pk(childTable)) {
            parts.add(rows.get(0).get(c));
        }
        return proxy(charEntity, newId(charEntity, parts));
    }

    // ---- business services -------------------------------------------------------------------

    /** BusinessServiceDispatcher.execute: F1-AddToDoEntry inserts the To Do entry and drill keys. */
    public static void executeService(String code, Map<String, Object> values) {
        if ("F1-AddToDoEntry".equalsIgnoreCase(code)) {
            addToDo(values);
            return;
        }
        throw new NotExecutable("business service " + code);
    }

    static Object first(Map<String, Object> values, String... names) {
        for (String n : names) {
            for (Map.Entry<String, Object> e : values.entrySet()) {
                String key = e.getKey();
                String last = key.substring(key.lastIndexOf('/') + 1);
                if (last.equalsIgnoreCase(n) && e.getValue() != null) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    static void addToDo(Map<String, Object> values) {
        requireTable("CI_TD_ENTRY", "F1-AddToDoEntry");
        Object type = first(values, "toDoType", "toDoTypeCode", "toDoTypeCd", "tdTypeCd");
        if (type == null) {
            throw new IllegalStateException("F1-AddToDoEntry needs toDoType");
        }
        String id = newKey("CI_TD_ENTRY", "TD_ENTRY_ID");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("TD_ENTRY_ID", id);
        row.put("TD_TYPE_CD", jdbcText(type));
        row.put("ENTRY_STATUS_FLG", "O");
        row.put("ROLE_ID", jdbcText(first(values, "role", "roleId", "toDoRole")));
        row.put("ASSIGNED_TO", jdbcText(first(values, "assignedTo", "user")));
        row.put("MESSAGE_CAT_NBR", jdbc(first(values, "messageCategory", "messageCategoryNumber")));
        row.put("MESSAGE_NBR", jdbc(first(values, "messageNumber")));
        row.put("COMMENTS", jdbcText(first(values, "comments", "comment", "subject")));
        row.put("TD_PRIORITY_FLG", jdbcText(first(values, "priority", "toDoPriority")));
        insertRow("CI_TD_ENTRY", row);
        for (String kind : new String[] {"drillKey", "sortKey"}) {
            String table = kind.equals("drillKey") ? "CI_TD_DRLKEY" : "CI_TD_SRTKEY";
            if (!hasTable(table)) {
                continue;
            }
            for (int n = 1; n <= 10; n++) {
                Object v = first(values, kind + n);
                if (v == null) {
                    continue;
                }
                Map<String, Object> key = new LinkedHashMap<>();
                key.put("TD_ENTRY_ID", id);
                key.put("SEQ_NUM", n);
                key.put("KEY_VALUE", jdbcText(v));
                insertRow(table, key);
            }
        }
        values.put("toDoEntryId", id);
    }

    static String jdbcText(Object v) {
        Object j = jdbc(v);
        if (j == null) {
            return null;
        }
        String s = asString(j).trim();
        return s.isEmpty() ? null : s;
    }
}
