package org.synfire.model;

import org.synfire.units.Dimension;
import org.synfire.units.Quantity;

/**
 * Independent Poisson input to every neuron of a group without modelling the sources (Brian2's
 * {@code PoissonInput}, NEST's {@code poisson_generator}): in each step, neuron {@code j}'s
 * {@code variable} grows by {@code weight} times a Binomial({@code n}, {@code rate·dt}) count,
 * the spikes of {@code n} independent sources, whose rate may follow a timed array. Made by
 * {@link Network#poissonInput}.
 *
 * @param name     unique among the network's inputs
 * @param target   the group receiving the input
 * @param variable the per-neuron variable it adds to
 * @param n        the number of sources each neuron receives
 * @param rates    the rate of each source in time, one value for every neuron (a constant rate is one sample)
 * @param weight   the jump per source spike, in the unit of {@code variable}
 */
public record PoissonInputSpec(String name, String target, String variable, int n, TimedArray rates, Quantity weight) {

    /**
     * Checks the values.
     *
     * @param name     unique among the network's inputs
     * @param target   the group receiving the input
     * @param variable the per-neuron variable it adds to
     * @param n        the number of sources each neuron receives
     * @param rates    the rate of each source in time, one value for every neuron (a constant rate is one sample)
     * @param weight   the jump per source spike, in the unit of {@code variable}
     * @throws SpecException for a negative {@code n}, per-neuron rates, or rates that are not frequencies of zero or more
     */
    public PoissonInputSpec {
        if (n < 0) {
            throw new SpecException("PoissonInput", name, "n", n + " sources is impossible; give 0 or more");
        }
        if (!rates.dimension().equals(Dimension.TIME.power(-1)) || rates.isPerNeuron()) {
            throw new SpecException("PoissonInput", name, "rate", rates + (rates.isPerNeuron() ? " has a column per neuron; give one "
                + "rate for all (per-neuron rates: a poisson() group connected one-to-one)" : " is in " + rates.dimension()
                + "; give rates in hertz"));
        }
        for (double r : rates.siValues()) {
            if (!(r >= 0) || Double.isInfinite(r)) {
                throw new SpecException("PoissonInput", name, "rate", r + " Hz is not a rate of zero or more; use e.g. 20 Hz");
            }
        }
    }

    /** A constant rate, as one sample held for ever. */
    static TimedArray constant(String name, Quantity rate) {
        if (!rate.dimension().equals(Dimension.TIME.power(-1))) {
            throw new SpecException("PoissonInput", name, "rate", rate + " is not a rate of zero or more; use e.g. 20 Hz");
        }
        return TimedArray.ofSi(new double[] {rate.si()}, rate.dimension(), Quantity.si(1, Dimension.TIME));
    }

    /** {@return the rate as people write it: {@code 20 Hz}, or the timed array's description} */
    public String describeRate() {
        double[] values = rates.siValues();
        return values.length == 1 ? Quantity.si(values[0], rates.dimension()).toString() : rates.toString() + " of rates";
    }

    @Override
    public String toString() {
        return "PoissonInput " + name + " (" + n + " × " + describeRate() + " onto " + target + "." + variable + ", " + weight + " each)";
    }
}
