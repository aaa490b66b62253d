package com.splwg.base.api.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Declares a batch job: its soft parameters, whether it runs multi-threaded and whether it is
 * rerunnable. Written inside the batch class Javadoc.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
public @interface BatchJob {

    String[] modules() default {};

    boolean multiThreaded() default false;

    boolean rerunnable() default true;

    BatchJobSoftParameter[] softParameters() default {};
}
