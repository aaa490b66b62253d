package com.splwg.base.api.algorithms;

/**
 * Super-interface of every algorithm spot. An algorithm spot is the Java contract of one plug-in
 * point (system event) of a control table: Customer Class "Pre-Bill Completion", SA Type "SA
 * Activation", Business Object status "Enter"... The spot declares the hard parameters as setters
 * (input, called by the framework before {@link #invoke()}) and getters (output, read after it).
 *
 * <p>An algorithm type names the implementing class; an algorithm gives values to its soft
 * parameters; the algorithm is then plugged on the control table with a sequence. Implementations
 * are written as
 * {@code public class CmXxx_Impl extends CmXxx_Gen implements <SpotInterface>}, where
 * {@code CmXxx_Gen} is generated from the {@code @AlgorithmComponent} tag in the Javadoc.
 */
public interface AlgorithmSpot {

    /** Executes the algorithm after the framework has set the input hard parameters. */
    void invoke();
}
