package org.synfire.probe;

/** Reads one variable of one neuron of a running group, in SI units; supplied by the build. */
@FunctionalInterface
public interface VariableReader {
    /**
     * @param neuron the neuron's index in its group
     * @param step   the simulation step
     * @return the variable's value for {@code neuron} at time {@code step·dt}, in SI units
     */
    double read(int neuron, long step);
}
