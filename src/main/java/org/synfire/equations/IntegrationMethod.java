package org.synfire.equations;

import java.util.Arrays;
import java.util.Locale;

/**
 * How differential equations are advanced by one time step. When none is given, the first that
 * applies of {@link #EXACT}, {@link #EXPONENTIAL_EULER} and {@link #RK4} is chosen (Brian2 tries
 * methods in order the same way) and the choice is reported. Equations with white noise
 * ({@code xi}) are integrated in the Itô sense by {@link #EULER} (Euler–Maruyama) when the noise is
 * additive and {@link #MILSTEIN} when it is multiplicative.
 */
public enum IntegrationMethod {
    /** Exact for linear equations with constant coefficients: a propagator matrix computed once per run. */
    EXACT("exact"),
    /** Exact for each variable with the others held for the step; for conditionally linear systems such as Hodgkin–Huxley. */
    EXPONENTIAL_EULER("exponential_euler"),
    /** Classic fourth-order Runge–Kutta. */
    RK4("rk4"),
    /** Second-order Runge–Kutta (midpoint). */
    RK2("rk2"),
    /** Forward Euler, first order; for stochastic equations Euler–Maruyama (Itô, strong order 0.5). */
    EULER("euler"),
    /**
     * Milstein's method for stochastic equations, derivative-free (Kloeden and Platen's form, as
     * Brian2's {@code milstein}): strong order 1 for multiplicative noise with one source per
     * equation; the same as Euler–Maruyama for additive noise.
     */
    MILSTEIN("milstein");

    private final String label;

    IntegrationMethod(String label) {
        this.label = label;
    }

    /** {@return the method's name as written in model specs ({@code "exact"}, {@code "rk4"}, ...)} */
    public String label() {
        return label;
    }

    /**
     * Finds a method by name, accepting Brian2's aliases {@code linear} and {@code midpoint}.
     *
     * @param name e.g. {@code exact}, {@code exponential_euler}, {@code rk4}, case and surrounding spaces ignored
     * @return the method
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static IntegrationMethod parse(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        if (key.equals("linear")) {
            return EXACT;
        }
        if (key.equals("midpoint")) {
            return RK2;
        }
        for (IntegrationMethod m : values()) {
            if (m.label.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown integration method '" + name + "'; expected one of "
            + Arrays.stream(values()).map(IntegrationMethod::label).toList());
    }

    @Override
    public String toString() {
        return label;
    }
}
