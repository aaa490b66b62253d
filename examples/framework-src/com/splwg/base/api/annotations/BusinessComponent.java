package com.splwg.base.api.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Declares a business component ({@code CmXxx_Impl extends GenericBusinessComponent implements
 * CmXxx}); the generator produces the {@code CmXxx} interface with its {@code Factory}.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
public @interface BusinessComponent {

    boolean customizationReplaceable() default false;

    boolean customizationCallable() default false;
}
