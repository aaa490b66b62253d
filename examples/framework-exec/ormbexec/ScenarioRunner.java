package ormbexec;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.datatypes.Id;
import com.splwg.base.api.datatypes.Lookup;
import com.splwg.base.api.datatypes.Money;
import com.splwg.shared.common.ApplicationError;
import com.splwg.shared.common.ServerMessage;

/**
 * Runs the scenarios of one case in this JVM: for each, a fresh H2 database (Oracle mode) with the
 * workspace schema and the seed rows, a fresh instance of the class under test (own class loader),
 * soft parameters, input setters, {@code invoke()}, then the expectation queries and output
 * getters. Prints one {@code @@RESULT {json}} line per scenario on stdout; everything the class
 * prints goes to stderr.
 *
 * <p>Usage: {@code java -cp classes:framework-exec.jar:h2.jar ormbexec.ScenarioRunner case.json}
 * where case.json is written by {@code ormb_assist.generation.behaviour.runner}.
 */
public final class ScenarioRunner {

    private static final String MARK = "@@RESULT ";
    private static PrintStream out;

    private ScenarioRunner() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        System.setOut(System.err);
        Map<String, Object> spec = (Map<String, Object>) Json.parse(
                new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8));
        String className = (String) spec.get("class");
        List<String> schema = (List<String>) spec.get("schema");
        URL[] classpath = classpath((List<Object>) spec.get("classpath"));
        long timeoutMs = spec.get("timeout_s") == null ? 20000L
                : ((BigDecimal) spec.get("timeout_s")).multiply(BigDecimal.valueOf(1000)).longValue();
        List<Object> scenarios = (List<Object>) spec.get("scenarios");
        int n = 0;
        boolean halted = false;
        for (Object s : scenarios) {
            Map<String, Object> sc = (Map<String, Object>) s;
            Map<String, Object> result;
            if (halted) {
                result = new LinkedHashMap<>();
                result.put("name", sc.get("name"));
                result.put("setup_error", "not run: an earlier scenario timed out");
            } else {
                result = runOne(n++, className, classpath, schema, sc, timeoutMs);
                halted = Boolean.TRUE.equals(result.get("timed_out"));
            }
            out.println(MARK + Json.write(result));
        }
        out.flush();
        System.exit(0);
    }

    private static URL[] classpath(List<Object> entries) throws Exception {
        List<URL> urls = new ArrayList<>();
        if (entries != null) {
            for (Object e : entries) {
                urls.add(Paths.get((String) e).toUri().toURL());
            }
        }
        return urls.toArray(new URL[0]);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> runOne(int n, String className, URL[] classpath, List<String> schema,
            Map<String, Object> sc, long timeoutMs) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", sc.get("name"));
        try (Connection conn = DriverManager.getConnection("jdbc:h2:mem:scenario" + n + ";MODE=Oracle", "sa", "")) {
            conn.setAutoCommit(false);
            try (Statement st = conn.createStatement()) {
                for (String ddl : schema) {
                    st.execute(ddl);
                }
            } catch (Exception e) {
                result.put("setup_error", "schema: " + e.getMessage());
                return result;
            }
            int k = 0;
            for (Object seed : (List<Object>) sc.getOrDefault("seed", List.of())) {
                k++;
                try (Statement st = conn.createStatement()) {
                    st.execute(stripSemicolon((String) seed));
                } catch (Exception e) {
                    result.put("setup_error", "seed " + k + " failed: " + e.getMessage());
                    return result;
                }
            }
            Map<String, String> soft = new LinkedHashMap<>();
            Map<String, Object> softSpec = (Map<String, Object>) sc.getOrDefault("soft", Map.of());
            for (Map.Entry<String, Object> e : softSpec.entrySet()) {
                Map<String, Object> p = (Map<String, Object>) e.getValue();
                Object v = p.get("value");
                soft.put(e.getKey(), v == null ? null : text(v));
            }
            Rt.reset(conn, processTime((String) sc.get("process_date")), soft);
            try {
                ensureEntities(softSpec);
                conn.commit();
            } catch (Exception e) {
                result.put("setup_error", "soft parameter entities: " + e.getMessage());
                return result;
            }
            Object target;
            try {
                ClassLoader loader = new URLClassLoader(classpath, ScenarioRunner.class.getClassLoader());
                Class<?> cls = Class.forName(className, true, loader);
                target = cls.getDeclaredConstructor().newInstance();
            } catch (Throwable e) {
                result.put("setup_error", "cannot instantiate " + className + ": " + describe(unwrap(e)));
                return result;
            }
            for (Object in : (List<Object>) sc.getOrDefault("inputs", List.of())) {
                Map<String, Object> input = (Map<String, Object>) in;
                try {
                    callSetter(target, (String) input.get("setter"), input.get("value"));
                } catch (Throwable e) {
                    result.put("setup_error", "input " + input.get("setter") + ": " + describe(unwrap(e)));
                    return result;
                }
            }
            if (!(target instanceof AlgorithmSpot)) {
                result.put("setup_error", className + " does not implement an algorithm spot (no invoke())");
                return result;
            }
            Throwable[] thrown = new Throwable[1];
            Thread worker = new Thread(() -> {
                try {
                    ((AlgorithmSpot) target).invoke();
                } catch (Throwable t) {
                    thrown[0] = t;
                }
            }, "invoke");
            worker.setDaemon(true);
            worker.start();
            worker.join(timeoutMs);
            if (worker.isAlive()) {
                result.put("timed_out", true);
                result.put("exception", "invoke() did not return within " + (timeoutMs / 1000) + " s");
                return result;
            }
            Throwable t = thrown[0];
            boolean error = false;
            if (t instanceof ApplicationError) {
                error = true;
                ServerMessage m = ((ApplicationError) t).getServerMessage();
                result.put("error_message", m == null ? String.valueOf(t.getMessage()) : m.toString());
                conn.rollback();
            } else if (t != null) {
                result.put("exception", describe(t));
                conn.rollback();
            } else {
                conn.commit();
            }
            result.put("error", error);
            result.put("errors", new ArrayList<>(Rt.errors()));
            result.put("warnings", new ArrayList<>(Rt.warnings()));
            List<Object> queries = new ArrayList<>();
            for (Object q : (List<Object>) sc.getOrDefault("queries", List.of())) {
                queries.add(queryValue(conn, (String) q));
            }
            result.put("queries", queries);
            List<Object> outputs = new ArrayList<>();
            for (Object g : (List<Object>) sc.getOrDefault("outputs", List.of())) {
                try {
                    outputs.add(outputText(output(target, (String) g)));
                } catch (Throwable e) {
                    outputs.add("!" + describe(unwrap(e)));
                }
            }
            result.put("outputs", outputs);
            result.put("log", new ArrayList<>(Rt.log()));
        } catch (Throwable e) {
            result.put("setup_error", "runner: " + describe(e));
        }
        return result;
    }

    static String stripSemicolon(String sql) {
        String s = sql.trim();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        return s;
    }

    static LocalDateTime processTime(String text) {
        if (text == null || text.trim().isEmpty()) {
            return Rt.DEFAULT_NOW;
        }
        String t = text.trim();
        if (t.length() <= 10) {
            return LocalDate.parse(t).atTime(Rt.DEFAULT_NOW.toLocalTime());
        }
        return LocalDateTime.parse(t.replace(' ', 'T'));
    }

    /** Entity soft parameters name a code: give it a key-only row when the seed did not. */
    @SuppressWarnings("unchecked")
    static void ensureEntities(Map<String, Object> softSpec) {
        for (Object o : softSpec.values()) {
            Map<String, Object> p = (Map<String, Object>) o;
            Object entity = p.get("entity");
            Object value = p.get("value");
            if (entity == null || value == null || text(value).trim().isEmpty()) {
                continue;
            }
            Class<?> iface = null;
            for (Object candidate : entity instanceof List ? (List<Object>) entity : List.of(entity)) {
                iface = iface != null ? iface : Rt.entityBySimpleName(String.valueOf(candidate));
            }
            if (iface == null) {
                continue;
            }
            EntityMeta m = Rt.meta(iface);
            if (!Rt.hasTable(m.table)) {
                continue;
            }
            List<String> pk = Rt.pk(m.table);
            if (pk.size() != 1) {
                continue;
            }
            List<Object> key = List.of(text(value).trim());
            if (Rt.query("SELECT 1 FROM " + m.table + Rt.where(pk), key).isEmpty()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put(pk.get(0), key.get(0));
                Rt.insertRow(m.table, row);
            }
        }
    }

    static String text(Object v) {
        if (v instanceof BigDecimal) {
            return ((BigDecimal) v).toPlainString();
        }
        return String.valueOf(v);
    }

    static Method findMethod(Class<?> cls, String name, int arity) {
        for (Class<?> c = cls; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == arity && !m.isBridge()) {
                    return m;
                }
            }
        }
        for (Method m : cls.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == arity) {
                return m;
            }
        }
        return null;
    }

    static void callSetter(Object target, String setter, Object value) throws Exception {
        Method m = findMethod(target.getClass(), setter, 1);
        if (m == null) {
            throw new IllegalArgumentException("no method " + setter + "(x) on " + target.getClass().getName());
        }
        m.setAccessible(true);
        Object arg = input(value, m.getParameterTypes()[0], m.getGenericParameterTypes()[0]);
        try {
            m.invoke(target, arg);
        } catch (InvocationTargetException e) {
            throw (Exception) (e.getCause() instanceof Exception ? e.getCause() : e);
        }
    }

    /** A scenario input value as the setter's parameter type (see docs/behaviour-eval.md). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object input(Object value, Class<?> type, Type generic) {
        if (value == null) {
            return type.isPrimitive() ? Rt.convert(null, type, null) : null;
        }
        if (value instanceof List || Collection.class.isAssignableFrom(type)) {
            List<Object> items = value instanceof List ? (List<Object>) value : List.of(value);
            Class<?> element = Object.class;
            if (generic instanceof ParameterizedType) {
                Type arg = ((ParameterizedType) generic).getActualTypeArguments()[0];
                if (arg instanceof Class) {
                    element = (Class<?>) arg;
                }
            }
            List<Object> out = new ArrayList<>();
            for (Object item : items) {
                out.add(input(item, element, element));
            }
            return out;
        }
        if (value instanceof Map) {
            return structured((Map<String, Object>) value, type, generic);
        }
        String s = text(value);
        if (BusinessEntity.class.isAssignableFrom(type) && type.isInterface()) {
            Object entity = Rt.load((Class) type, Rt.newId(type, List.of(s)));
            if (entity == null) {
                throw new IllegalArgumentException("no " + type.getSimpleName() + " row with id '" + s + "' (seed it)");
            }
            return entity;
        }
        if (Id.class.isAssignableFrom(type)) {
            return Rt.idOfClass(type, s.trim());
        }
        if (Lookup.class.isAssignableFrom(type)) {
            return Rt.lookup((Class<? extends Lookup>) type, s);
        }
        if (type == Money.class) {
            String[] parts = s.trim().split("\\s+");
            return new Money(new BigDecimal(parts[0]),
                    parts.length > 1 ? new com.splwg.base.domain.common.currency.Currency_Id(parts[1]) : null);
        }
        if (type == Object.class) {
            return value;
        }
        return Rt.convert(s, type, null);
    }

    /**
     * An object value: a {@code Map<String,String>}, a business object instance (keys are element
     * paths, {@code "businessObject"} names the BO) or a data class / DTO filled through its setters.
     */
    @SuppressWarnings("unchecked")
    static Object structured(Map<String, Object> value, Class<?> type, Type generic) {
        if (Map.class.isAssignableFrom(type)) {
            Map<String, String> out = new LinkedHashMap<>();
            value.forEach((k, v) -> out.put(k, v == null ? null : text(v)));
            return out;
        }
        if (com.splwg.base.api.COTSInstanceNode.class.isAssignableFrom(type)) {
            Object bo = value.get("businessObject");
            com.splwg.base.api.COTSInstanceNode node = new ExecBusinessObjectInstance(bo == null ? "" : text(bo));
            fill(node, "", value);
            return node;
        }
        try {
            Object bean = type.getConstructor().newInstance();
            for (Map.Entry<String, Object> e : value.entrySet()) {
                String setter = "set" + Character.toUpperCase(e.getKey().charAt(0)) + e.getKey().substring(1);
                Method m = findMethod(type, setter, 1);
                if (m == null) {
                    throw new IllegalArgumentException("no " + setter + "(x) on " + type.getSimpleName());
                }
                m.setAccessible(true);
                m.invoke(bean, input(e.getValue(), m.getParameterTypes()[0], m.getGenericParameterTypes()[0]));
            }
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot build " + type.getSimpleName() + ": " + describe(unwrap(e)));
        }
    }

    @SuppressWarnings("unchecked")
    private static void fill(com.splwg.base.api.COTSInstanceNode node, String prefix, Map<String, Object> values) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (prefix.isEmpty() && e.getKey().equals("businessObject")) {
                continue;
            }
            Object v = e.getValue();
            if (v instanceof Map) {
                fill(node, prefix + e.getKey() + "/", (Map<String, Object>) v);
            } else if (v instanceof List) {
                com.splwg.base.api.COTSInstanceList list = node.getList(prefix + e.getKey());
                for (Object item : (List<Object>) v) {
                    com.splwg.base.api.COTSInstanceNode child = list.newChild();
                    if (item instanceof Map) {
                        fill(child, "", (Map<String, Object>) item);
                    }
                }
            } else {
                node.set(prefix + e.getKey(), v instanceof BigDecimal ? v : v == null ? null : text(v));
            }
        }
    }

    /** An output path: {@code getBillData.getDueDate} calls each getter on the previous result. */
    static Object output(Object target, String path) throws Exception {
        Object current = target;
        for (String part : path.split("\\.")) {
            String name = part.replace("()", "").trim();
            if (current == null) {
                return null;
            }
            Method m = publicMethod(current.getClass(), name);
            if (m == null) {
                m = findMethod(current.getClass(), name, 0);
                if (m == null) {
                    throw new IllegalArgumentException("no getter " + name + "() on " + current.getClass().getSimpleName());
                }
                m.setAccessible(true);
            }
            current = m.invoke(current);
        }
        return current;
    }

    /** A public no-argument method reached through a public type (entity proxies: their interface). */
    static Method publicMethod(Class<?> cls, String name) {
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> c = cls; c != null; c = c.getSuperclass()) {
            types.add(c);
            types.addAll(List.of(c.getInterfaces()));
        }
        for (Class<?> c : types) {
            if (!java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            try {
                return c.getMethod(name);
            } catch (NoSuchMethodException e) {
                // next type
            }
        }
        return null;
    }

    static String queryValue(Connection conn, String sql) {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(stripSemicolon(sql))) {
            if (!rs.next()) {
                return "null";
            }
            return valueText(rs.getObject(1));
        } catch (Exception e) {
            return "!query failed: " + e.getMessage();
        }
    }

    static String valueText(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof BigDecimal) {
            return plain((BigDecimal) v);
        }
        if (v instanceof Double || v instanceof Float) {
            return plain(new BigDecimal(v.toString()));
        }
        if (v instanceof Timestamp || v instanceof java.sql.Date || v instanceof LocalDateTime
                || v instanceof LocalDate) {
            return Rt.asString(v);
        }
        if (v instanceof String) {
            return ((String) v).stripTrailing();
        }
        return v.toString();
    }

    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.signum() == 0 ? "0" : s.toPlainString();
    }

    /** Text of an output value: Bool true/false, lookup constant name, ids trimmed, lists by size. */
    static String outputText(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Bool) {
            return ((Bool) v).isTrue() ? "true" : "false";
        }
        if (v instanceof Lookup) {
            return Rt.lookupName((Lookup) v);
        }
        if (v instanceof Id) {
            return ((Id) v).getTrimmedValue();
        }
        if (v instanceof BusinessEntity) {
            return ((BusinessEntity) v).getId().getTrimmedValue();
        }
        if (v instanceof BigDecimal) {
            return plain((BigDecimal) v);
        }
        if (v instanceof Money) {
            return plain(((Money) v).getAmount());
        }
        if (v instanceof Date) {
            return v.toString();
        }
        if (v instanceof DateTime) {
            return LocalDateTime.parse(v.toString()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        }
        if (v instanceof ServerMessage) {
            return ((ServerMessage) v).getCategory() + "/" + ((ServerMessage) v).getNumber();
        }
        if (v instanceof Collection) {
            return Integer.toString(((Collection<?>) v).size());
        }
        if (v.getClass().isArray()) {
            return Integer.toString(java.lang.reflect.Array.getLength(v));
        }
        if (v instanceof BigInteger || v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return v.toString();
    }

    static Throwable unwrap(Throwable t) {
        while ((t instanceof InvocationTargetException || t instanceof ExceptionInInitializerError)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Exception class, message and the first frames outside the runtime (where it happened). */
    static String describe(Throwable t) {
        StringBuilder b = new StringBuilder(t.getClass().getName());
        if (t.getMessage() != null) {
            b.append(": ").append(t.getMessage());
        }
        int shown = 0;
        for (StackTraceElement e : t.getStackTrace()) {
            String c = e.getClassName();
            if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.") || c.startsWith("org.h2.")
                    || c.startsWith("com.sun.proxy") || c.startsWith("ormbexec.ScenarioRunner")) {
                continue;
            }
            b.append(shown == 0 ? " at " : " < ").append(c.substring(c.lastIndexOf('.') + 1)).append('.')
                    .append(e.getMethodName()).append(':').append(e.getLineNumber());
            if (++shown == 3) {
                break;
            }
        }
        if (t.getCause() != null && t.getCause() != t) {
            b.append(" (caused by ").append(t.getCause()).append(')');
        }
        return b.toString();
    }
}
