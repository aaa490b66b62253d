package ormbexec;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.ChildCollection;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.Id;

/** An entity: getters read its row (re-read on every call, so writes are seen at once). */
final class EntityHandler implements InvocationHandler {

    private final EntityMeta meta;
    private final Class<?> iface;
    private final Id id;

    EntityHandler(EntityMeta meta, Class<?> iface, Id id) {
        this.meta = meta;
        this.iface = iface;
        this.id = id;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        String name = method.getName();
        int n = args == null ? 0 : args.length;
        if (name.equals("equals") && n == 1) {
            Object other = args[0];
            if (other == null || !Proxy.isProxyClass(other.getClass())) {
                return false;
            }
            InvocationHandler h = Proxy.getInvocationHandler(other);
            return h instanceof EntityHandler && ((EntityHandler) h).iface == iface && ((EntityHandler) h).id.equals(id);
        }
        if (name.equals("hashCode") && n == 0) {
            return id.hashCode();
        }
        if (name.equals("toString") && n == 0) {
            return iface.getSimpleName() + "(" + id.getTrimmedValue() + ")";
        }
        if (name.equals("getId") && n == 0) {
            return id;
        }
        if (name.equals("delete") && n == 0) {
            Rt.delete(meta, id);
            return null;
        }
        if (name.equals("getDTO") && n == 0) {
            return Rt.dtoFrom(meta, iface, id);
        }
        if (name.equals("setDTO") && n == 1) {
            Rt.updateFromDto(meta, id, args[0]);
            return null;
        }
        if (name.equals("getEffectiveCharacteristic") && (n == 1 || n == 2)) {
            return Rt.effectiveCharacteristic(meta, id, method.getReturnType(), args[0], n == 2 ? (Date) args[1] : null);
        }
        if (name.equals("getDrillKeyValue") && n == 1) {
            List<Object> params = new ArrayList<>(Rt.keyValues(id));
            params.add(args[0]);
            List<Map<String, Object>> rows = Rt.query(
                    "SELECT KEY_VALUE FROM CI_TD_DRLKEY WHERE TD_ENTRY_ID = ? AND SEQ_NUM = ?", params);
            return rows.isEmpty() ? null : Rt.asString(rows.get(0).get("KEY_VALUE"));
        }
        if (n == 0 && (name.startsWith("get") || name.startsWith("is"))) {
            return getter(method);
        }
        throw new NotExecutable(iface.getSimpleName() + "." + name);
    }

    private Object getter(Method method) {
        String name = method.getName();
        Class<?> type = method.getReturnType();
        String child = meta.children.get(name);
        if (child != null && ChildCollection.class.isAssignableFrom(type)) {
            return Rt.collection(meta, id, type, child);
        }
        String[] cols = meta.columns.get(name);
        if (cols == null && BusinessEntity.class.isAssignableFrom(type) && type.isInterface()) {
            cols = targetKeyColumns(type);
        }
        if (cols == null) {
            String guess = Rt.camelToColumn(name.substring(name.startsWith("is") ? 2 : 3));
            if (Rt.columns(meta.table).containsKey(guess)) {
                cols = new String[] {guess};
            }
        }
        if (cols == null) {
            throw new NotExecutable(iface.getSimpleName() + "." + name + " (no column known)");
        }
        Map<String, Object> row = Rt.row(meta, id);
        if (row == null) {
            return null;
        }
        if (cols.length == 1 && !row.containsKey(cols[0])) {
            Object translated = languageColumn(cols[0]);
            if (translated != null) {
                return Rt.convert(translated, type, row);
            }
        }
        return Rt.fromColumns(type, cols, row);
    }

    /** Descriptions live in the language table {@code <TABLE>_L} in OUAF (ENG rows). */
    private Object languageColumn(String column) {
        String table = meta.table + "_L";
        if (!Rt.columns(table).containsKey(column)) {
            return null;
        }
        List<String> pk = Rt.pk(meta.table);
        List<Object> params = new ArrayList<>(Rt.keyValues(id));
        String sql = "SELECT " + column + " FROM " + table + Rt.where(pk);
        if (Rt.columns(table).containsKey("LANGUAGE_CD")) {
            sql += " AND LANGUAGE_CD = ?";
            params.add("ENG");
        }
        List<Map<String, Object>> rows = Rt.query(sql, params);
        return rows.isEmpty() ? null : rows.get(0).get(column);
    }

    /** A getter without a documented column: the target entity's key columns, when this table has them. */
    private String[] targetKeyColumns(Class<?> target) {
        EntityMeta t = Rt.metas().get(target.getName());
        if (t == null || !Rt.hasTable(t.table)) {
            return null;
        }
        List<String> pk = Rt.pk(t.table);
        if (pk.isEmpty() || !Rt.columns(meta.table).keySet().containsAll(pk)) {
            return null;
        }
        return pk.toArray(new String[0]);
    }
}
