package com.splwg.base.api.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * One soft parameter of a batch control (name, type, required, entityName, lookupName); the
 * generated {@code _Gen} exposes it as {@code getParameters().getXxx()}.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
public @interface BatchJobSoftParameter {

    String name();

    String type() default "string";

    boolean required() default false;

    String entityName() default "";

    String lookupName() default "";
}
