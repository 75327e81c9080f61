package org.synfire.dsl;

import java.util.Arrays;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;

/**
 * A per-neuron or per-synapse variable read from a simulation ({@code exc.v}, {@code ee.w}): SI
 * values with their dimension, a copy taken when read. Indexing gives quantities
 * ({@code exc.v[3]}), {@link #in} plain numbers in a unit of choice.
 */
public final class Values {
    private final String name;
    private final Dimension dimension;
    private final double[] si;

    Values(String name, Dimension dimension, double[] si) {
        this.name = name;
        this.dimension = dimension;
        this.si = si;
    }

    /** {@return how many values there are: one per neuron of the handle read, or per synapse} */
    public int size() {
        return si.length;
    }

    /**
     * One value as a quantity: {@code exc.v[0]}.
     *
     * @param k the neuron (of the handle read, from 0) or synapse
     * @return its value
     * @throws DslException for an index outside {@code 0 .. size() - 1}
     */
    public Quantity getAt(int k) {
        if (k < 0 || k >= si.length) {
            throw new DslException(name, "index " + k + " is outside 0.." + (si.length - 1));
        }
        return Quantity.si(si[k], dimension);
    }

    /**
     * The values as numbers in a unit, e.g. {@code exc.v.in(mV)}.
     *
     * @param unit a unit of the values' dimension
     * @return one number per value, in {@code unit}
     * @throws DslException for a unit of another dimension
     */
    public double[] in(Unit unit) {
        if (!unit.dimension().equals(dimension)) {
            throw new DslException(name, "values in " + Quantity.si(1, dimension) + " cannot be given in " + unit);
        }
        double scale = unit.of(1).si();
        double[] out = new double[si.length];
        for (int k = 0; k < si.length; k++) {
            out[k] = si[k] / scale;
        }
        return out;
    }

    /** {@return the mean value; NaN when there are none} */
    public Quantity mean() {
        return Quantity.si(Arrays.stream(si).average().orElse(Double.NaN), dimension);
    }

    /** {@return the values' dimension} */
    public Dimension dimension() {
        return dimension;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(name).append(" [");
        int shown = Math.min(si.length, 6);
        for (int k = 0; k < shown; k++) {
            b.append(k == 0 ? "" : ", ").append(Quantity.si(si[k], dimension));
        }
        return b.append(si.length > shown ? ", ... (" + si.length + " values)]" : "]").toString();
    }
}
