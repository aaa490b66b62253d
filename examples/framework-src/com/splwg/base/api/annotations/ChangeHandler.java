package com.splwg.base.api.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Registers a change handler for an entity, e.g. {@code @ChangeHandler (entityName =
 * paymentCharacteristic)}; the class extends {@code AbstractChangeHandler<Entity>}.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
public @interface ChangeHandler {

    String entityName();
}
