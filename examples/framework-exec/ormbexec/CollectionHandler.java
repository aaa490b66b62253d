package ormbexec;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.splwg.base.api.datatypes.Id;

/** A child collection (characteristics...): rows of the child table under the owner's key. */
final class CollectionHandler implements InvocationHandler {

    private final EntityMeta owner;
    private final Id ownerId;
    private final Class<?> child;
    private final String table;

    CollectionHandler(EntityMeta owner, Id ownerId, Class<?> child, String table) {
        this.owner = owner;
        this.ownerId = ownerId;
        this.child = child;
        this.table = table;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        int n = args == null ? 0 : args.length;
        switch (name) {
            case "size":
                return children().size();
            case "isEmpty":
                return children().isEmpty();
            case "iterator":
                return children().iterator();
            case "forEach":
                children().forEach((java.util.function.Consumer<Object>) args[0]);
                return null;
            case "spliterator":
                return children().spliterator();
            case "newChildDTO":
                return method.getReturnType().getConstructor().newInstance();
            case "add":
                return add(args);
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            case "toString":
                return child.getSimpleName() + "s of " + ownerId;
            default:
                throw new NotExecutable(child.getSimpleName() + " collection ." + name + "(" + n + " args)");
        }
    }

    private List<Object> children() {
        Rt.requireTable(table, "characteristics of " + ownerId);
        List<String> ownerPk = Rt.pk(owner.table);
        List<String> pk = Rt.pk(table);
        String order = pk.isEmpty() ? "" : " ORDER BY " + String.join(", ", pk);
        List<Map<String, Object>> rows = Rt.query("SELECT * FROM " + table + Rt.where(ownerPk) + order,
                Rt.keyValues(ownerId));
        List<Object> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<Object> parts = new ArrayList<>();
            for (String c : pk) {
                parts.add(row.get(c));
            }
            out.add(Rt.proxy(child, Rt.newId(child, parts)));
        }
        return out;
    }

    /** add(dto, keyPart...): the owner's key, then the given key parts, then the DTO's columns. */
    private Object add(Object[] args) {
        Rt.requireTable(table, "adding a characteristic");
        Object dto = args[0];
        List<String> ownerPk = Rt.pk(owner.table);
        List<String> pk = Rt.pk(table);
        List<Object> ownerKey = Rt.keyValues(ownerId);
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < ownerPk.size(); i++) {
            values.put(ownerPk.get(i), ownerKey.get(i));
        }
        List<String> rest = new ArrayList<>(pk);
        rest.removeAll(ownerPk);
        for (int i = 1; i < args.length && i - 1 < rest.size(); i++) {
            values.put(rest.get(i - 1), Rt.jdbc(args[i]));
        }
        EntityMeta childMeta = Rt.meta(child);
        for (Map.Entry<String, Object> e : Rt.dtoValues(childMeta, dto, true).entrySet()) {
            values.putIfAbsent(e.getKey(), e.getValue());
        }
        Rt.insertRow(table, new java.util.LinkedHashMap<>(values));
        List<Object> parts = new ArrayList<>();
        for (String c : pk) {
            parts.add(values.get(c));
        }
        return Rt.proxy(child, Rt.newId(child, parts));
    }
}
