package org.synfire.model;

import org.synfire.equations.Source;
import org.synfire.units.Quantity;

/**
 * Statements a group runs on every neuron at the start of each step whose time is a multiple of
 * {@code interval} (t = 0, interval, 2·interval, ...), before that step's synaptic input and
 * integration: Brian2's {@code run_regularly}. Checked as a reset is (targets, units), compiled
 * into the group's kernel. Made by {@link GroupSpec.Builder#runRegularly}.
 *
 * @param statements model-language statements, e.g. {@code I = 0.5*nA*(t > 100*ms)} or {@code v += 1*mV}
 * @param interval   a positive time; the build requires a whole number of steps
 */
public record RunRegularlySpec(String statements, Quantity interval) {

    /**
     * The statements labelled for error messages about group {@code group}.
     *
     * @param group the group's name
     * @return the statements as model text labelled with the group
     */
    public Source source(String group) {
        return new Source("runRegularly of group '" + group + "'", statements);
    }

    @Override
    public String toString() {
        return "runRegularly '" + statements + "' every " + interval;
    }
}
