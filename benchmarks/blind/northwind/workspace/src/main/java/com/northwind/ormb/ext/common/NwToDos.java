package com.northwind.ormb.ext.common;

import java.math.BigInteger;
import java.util.logging.Logger;

import com.splwg.base.api.businessService.BusinessServiceDispatcher;
import com.splwg.base.api.businessService.BusinessServiceInstance;
import com.splwg.base.domain.todo.toDoType.ToDoType_Id;

/**
 * Creates To Do entries through the base business service F1-AddToDoEntry, the way all
 * Northwind algorithms and batches raise work items. The entry's subject message is a Northwind
 * message (category 93100); drill keys are the ids of the records the entry is about (bill,
 * account, payment ...), in the order the To Do type declares them.
 *
 * <pre>
 * ToDoType_Id toDoType = new ToDoType_Id(getStringSoftParameter("toDoType"));
 * NwToDos.create(toDoType, NwMessages.AUTO_PAY_CAPPED, "capped to 250.00", account.getId().getIdValue());
 * </pre>
 */
public final class NwToDos {

    private static final Logger LOG = Logger.getLogger(NwToDos.class.getName());

    /** Business service that adds a To Do entry. */
    public static final String ADD_TODO_SERVICE = "F1-AddToDoEntry";

    private NwToDos() {
    }

    /**
     * Adds an open To Do entry of type {@code toDoType}.
     *
     * @param toDoType      To Do type (CI_TD_TYPE), usually the algorithm's To Do type parameter
     * @param messageNumber Northwind message number describing the entry (0 = use the type's)
     * @param comments      free text shown on the entry, may be null
     * @param drillKeys     drill key values 1..n
     */
    public static void create(ToDoType_Id toDoType, int messageNumber, String comments, String... drillKeys) {
        BusinessServiceInstance bs = BusinessServiceInstance.create(ADD_TODO_SERVICE);
        bs.set("toDoType", toDoType.getTrimmedValue());
        if (messageNumber > 0) {
            bs.set("messageCategory", BigInteger.valueOf(NwMessages.MESSAGE_CATEGORY));
            bs.set("messageNumber", BigInteger.valueOf(messageNumber));
        }
        if (comments != null) {
            bs.set("comments", comments.length() > 254 ? comments.substring(0, 254) : comments);
        }
        if (drillKeys != null) {
            for (int i = 0; i < drillKeys.length; i++) {
                bs.set("drillKey" + (i + 1), drillKeys[i]);
            }
        }
        BusinessServiceDispatcher.execute(bs);
        LOG.fine(() -> "To Do of type " + toDoType.getTrimmedValue() + " created");
    }
}
