package com.splwg.base.api.changehandling;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.DataTransferObject;
import com.splwg.base.api.GenericBusinessComponent;

/**
 * Base class of change handlers: Java logic that runs whenever an entity is added, changed or
 * deleted, whoever does it (page, BO, batch, another component). Register the handler with a
 * {@code @ChangeHandler (entityName = xxx)} tag in the class Javadoc:
 *
 * <pre>
 * public class CmPaymentCharacteristic_CHandler extends AbstractChangeHandler&lt;PaymentCharacteristic&gt; {
 *     public void handleAddOrChange(PaymentCharacteristic newEntity, DataTransferObject&lt;PaymentCharacteristic&gt; oldDTO) { ... }
 * }
 * </pre>
 *
 * @param <E> the entity whose changes are handled
 */
public abstract class AbstractChangeHandler<E extends BusinessEntity> extends GenericBusinessComponent {

    /** Declarative validation rules checked before the change is saved. */
    public ValidationRule[] getValidationRules() {
        return new ValidationRule[0];
    }

    /** Called before an add is saved; report problems with {@code addError}. */
    public void validateAdd(E newEntity) {
    }

    /** Called before a change is saved. */
    public void validateChange(E changedEntity, DataTransferObject<E> oldDTO) {
    }

    /** Called before a delete. */
    public void validateDelete(E entityToDelete) {
    }

    /** Called after an add or change was written; {@code oldDTO} is null for an add. */
    public void handleAddOrChange(E newEntity, DataTransferObject<E> oldDTO) {
    }

    /** Called after a change was written. */
    public void handleChange(E changedEntity, DataTransferObject<E> oldDTO) {
    }

    /** Called after a delete. */
    public void handleDelete(E deletedEntity) {
    }
}
