package com.splwg.base.api.algorithms;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.splwg.base.api.GenericBusinessComponent;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.algorithm.Algorithm;
import com.splwg.base.domain.common.algorithm.Algorithm_Id;

/** Executable build: soft parameters come from the scenario's values bound by role. */
public abstract class AbstractAlgorithmComponent extends GenericBusinessComponent {

    public Algorithm getAlgorithm() {
        return ormbexec.Rt.proxy(Algorithm.class, new Algorithm_Id("CM-BEHAVIOUR"));
    }

    public String getAlgorithmCode() {
        return getAlgorithm() == null ? null : getAlgorithm().getId().getTrimmedValue();
    }

    protected void extraSoftParameterValidations(boolean forAlgorithmValidation) {
    }

    protected String getStringSoftParameter(String name) {
        return ormbexec.Rt.softParameter(name);
    }

    protected BigDecimal getDecimalSoftParameter(String name) {
        String v = ormbexec.Rt.softParameter(name);
        return v == null ? null : new BigDecimal(v.trim());
    }

    protected BigInteger getIntegerSoftParameter(String name) {
        String v = ormbexec.Rt.softParameter(name);
        return v == null ? null : new BigDecimal(v.trim()).toBigInteger();
    }

    protected Date getDateSoftParameter(String name) {
        String v = ormbexec.Rt.softParameter(name);
        if (v == null) {
            return null;
        }
        java.time.LocalDate d = java.time.LocalDate.parse(v.trim());
        return new Date(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    protected Bool getBooleanSoftParameter(String name) {
        String v = ormbexec.Rt.softParameter(name);
        return Bool.valueOf(v != null && (v.trim().equalsIgnoreCase("Y") || v.trim().equalsIgnoreCase("true")));
    }
}
