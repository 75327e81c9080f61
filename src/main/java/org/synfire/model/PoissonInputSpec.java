package org.synfire.model;

import org.synfire.units.Dimension;
import org.synfire.units.Quantity;

/**
 * Independent Poisson input to every neuron of a group without modelling the sources (Brian2's
 * {@code PoissonInput}, NEST's {@code poisson_generator}): in each step, neuron {@code j}'s
 * {@code variable} grows by {@code weight} times a Binomial({@code n}, {@code rate·dt}) count,
 * the spikes of {@code n} independent sources. Made by {@link Network#poissonInput}.
 *
 * @param name     unique among the network's inputs
 * @param target   the group receiving the input
 * @param variable the per-neuron variable it adds to
 * @param n        the number of sources each neuron receives
 * @param rate     the rate of each source
 * @param weight   the jump per source spike, in the unit of {@code variable}
 */
public record PoissonInputSpec(String name, String target, String variable, int n, Quantity rate, Quantity weight) {

    public PoissonInputSpec {
        if (n < 0) {
            throw new SpecException("PoissonInput", name, "n", n + " sources is impossible; give 0 or more");
        }
        if (!rate.dimension().equals(Dimension.TIME.power(-1)) || !(rate.si() >= 0) || Double.isInfinite(rate.si())) {
            throw new SpecException("PoissonInput", name, "rate", rate + " is not a rate of zero or more; use e.g. 20 Hz");
        }
    }

    @Override
    public String toString() {
        return "PoissonInput " + name + " (" + n + " × " + rate + " onto " + target + "." + variable + ", " + weight + " each)";
    }
}
