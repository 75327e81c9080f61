package org.synfire.probe;

/** Reads one variable of one neuron of a running group, in SI units; supplied by the build. */
@FunctionalInterface
public interface VariableReader {
    /** The value for {@code neuron} at time {@code step·dt}. */
    double read(int neuron, long step);
}
