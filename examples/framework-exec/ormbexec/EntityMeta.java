package ormbexec;

import java.util.HashMap;
import java.util.Map;

/** Table of an entity interface and the columns of its getters (from the framework Javadoc). */
final class EntityMeta {

    final String iface;
    final String table;
    /** getter name -> column(s) it reads. */
    final Map<String, String[]> columns = new HashMap<>();
    /** getter name -> child table of a characteristic (or other) collection. */
    final Map<String, String> children = new HashMap<>();

    EntityMeta(String iface, String table) {
        this.iface = iface;
        this.table = table;
    }
}
