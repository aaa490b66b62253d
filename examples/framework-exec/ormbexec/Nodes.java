package ormbexec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.splwg.base.api.COTSInstanceList;
import com.splwg.base.api.COTSInstanceListNode;
import com.splwg.base.api.COTSInstanceNode;
import com.splwg.base.domain.common.message.MessageParameters;

/** Storage of schema instance nodes: each node is a view (root map + path prefix). */
public final class Nodes {

    private static final Map<COTSInstanceNode, Object[]> VIEWS = Collections.synchronizedMap(new IdentityHashMap<>());

    private Nodes() {
    }

    @SuppressWarnings("unchecked")
    private static Object[] view(COTSInstanceNode node) {
        return VIEWS.computeIfAbsent(node, n -> new Object[] {new LinkedHashMap<String, Object>(), ""});
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> root(COTSInstanceNode node) {
        return (Map<String, Object>) view(node)[0];
    }

    private static String key(COTSInstanceNode node, String path) {
        String p = path == null ? "" : path.trim();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return view(node)[1] + p;
    }

    public static Object get(COTSInstanceNode node, String path) {
        return root(node).get(key(node, path));
    }

    public static void set(COTSInstanceNode node, String path, Object value) {
        root(node).put(key(node, path), value);
    }

    /** All elements of the instance, by full path (what a dispatcher reads). */
    public static Map<String, Object> values(COTSInstanceNode node) {
        return root(node);
    }

    public static COTSInstanceNode group(COTSInstanceNode node, String path) {
        ExecNode g = new ExecNode();
        VIEWS.put(g, new Object[] {root(node), key(node, path) + "/"});
        return g;
    }

    public static COTSInstanceList list(COTSInstanceNode node, String path) {
        String k = key(node, path);
        Object existing = root(node).get(k);
        if (existing instanceof ExecList) {
            return (ExecList) existing;
        }
        ExecList l = new ExecList();
        root(node).put(k, l);
        return l;
    }

    /** Text of a message: category, number and the substitution values. */
    public static String messageText(int category, int number, MessageParameters parameters) {
        StringBuilder b = new StringBuilder("message " + category + "/" + number);
        try {
            java.lang.reflect.Field f = MessageParameters.class.getDeclaredField("values");
            f.setAccessible(true);
            List<?> values = (List<?>) f.get(parameters);
            if (values != null && !values.isEmpty()) {
                b.append(": ");
                for (int i = 0; i < values.size(); i++) {
                    b.append(i == 0 ? "" : ", ").append(values.get(i));
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // parameters are optional in the text
        }
        return b.toString();
    }

    /** A group node. */
    static final class ExecNode extends COTSInstanceNode {
    }

    /** An entry of a list. */
    static final class ExecListNode extends COTSInstanceListNode {
        private final ExecList owner;

        ExecListNode(ExecList owner) {
            this.owner = owner;
        }

        @Override
        public void delete() {
            owner.children.remove(this);
        }
    }

    /** A repeating list. */
    static final class ExecList extends COTSInstanceList {
        final List<COTSInstanceListNode> children = new ArrayList<>();

        @Override
        public COTSInstanceListNode newChild() {
            ExecListNode n = new ExecListNode(this);
            children.add(n);
            return n;
        }

        @Override
        public int getSize() {
            return children.size();
        }

        @Override
        public Iterator<COTSInstanceListNode> iterator() {
            return new ArrayList<>(children).iterator();
        }

        @Override
        public String toString() {
            List<Object> out = new ArrayList<>();
            for (COTSInstanceListNode n : children) {
                out.add(values(n));
            }
            return out.toString();
        }
    }
}
