package com.splwg.base.api.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * One soft parameter of an algorithm type: {@code name}, {@code type} (string, integer,
 * decimal, date, entity, lookup...), {@code entityName} for entity parameters
 * (characteristicType, toDoType, priceItem, adjustmentType, businessObject...), {@code
 * lookupName} for lookup parameters.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
public @interface AlgorithmSoftParameter {

    String name();

    String type() default "string";

    boolean required() default false;

    String entityName() default "";

    String lookupName() default "";
}
