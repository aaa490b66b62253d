package com.splwg.base.api.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Declares an algorithm component and its soft parameters. Real implementations write this tag
 * inside the class Javadoc, where the artifact generator reads it to produce the {@code _Gen}
 * class; the annotation type exists so the tag can also be type-checked.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
public @interface AlgorithmComponent {

    AlgorithmSoftParameter[] softParameters() default {};
}
