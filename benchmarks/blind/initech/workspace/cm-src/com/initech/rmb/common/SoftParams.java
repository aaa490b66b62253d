package com.initech.rmb.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Initech house annotation documenting the soft parameters of an algorithm class.
 *
 * <p>One entry per parameter, written {@code "name:type"}, in the order the parameters are
 * declared on the Algorithm Type (CI_ALG_TYPE_PRM). {@code type} is one of {@code string},
 * {@code decimal}, {@code integer}, {@code date}, {@code bool}, {@code entity} (value = the code of
 * the To Do type, characteristic type, ... ) or {@code lookup}. The values are read by name at run
 * time through the {@link InitechAlgorithm} helpers ({@code param}, {@code decimalParam},
 * {@code intParam}); the Algorithm Type maintenance script {@code tools/alg-type-sync} reads this
 * annotation to keep CI_ALG_TYPE_PRM in line.
 *
 * <pre>
 * &#64;SoftParams({"minimumAmount:decimal", "shortfallToDoType:entity"})
 * public class CmInvoiceMinimumTotal_Impl extends InitechAlgorithm implements ... {
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SoftParams {

    /** {@code "name:type"} entries. */
    String[] value();
}
