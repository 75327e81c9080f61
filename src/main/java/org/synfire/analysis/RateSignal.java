package org.synfire.analysis;

import java.util.Arrays;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.Units;

/**
 * A population rate sampled at regular times: {@code hz[k]} is the rate, in hertz, at
 * {@code start + k·step} (for binned rates, in the bin that starts there).
 *
 * @param name  a name for legends
 * @param start the first sample time, in seconds
 * @param step  the sampling interval, in seconds
 * @param hz    the rate at each sample, in hertz
 */
public record RateSignal(String name, double start, double step, double[] hz) {
    /**
     * Copies the rates, so a signal never changes.
     *
     * @param name  a name for legends
     * @param start the first sample time, in seconds
     * @param step  the sampling interval, in seconds
     * @param hz    the rate at each sample, in hertz
     */
    public RateSignal {
        hz = hz.clone();
    }

    /** {@return the rate at each sample, in hertz, a copy} */
    @Override
    public double[] hz() {
        return hz.clone();
    }

    /**
     * The sample times in {@code unit}.
     *
     * @param unit a unit of time
     * @return one time per sample
     */
    public double[] times(Unit unit) {
        double factor = Quantity.of(1, Units.second).in(unit);
        double[] t = new double[hz.length];
        for (int k = 0; k < t.length; k++) {
            t[k] = (start + k * step) * factor;
        }
        return t;
    }

    /** {@return the mean rate over the samples} */
    public Quantity mean() {
        return Units.Hz.of(Arrays.stream(hz).average().orElse(Double.NaN));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RateSignal r && r.name.equals(name) && r.start == start && r.step == step && Arrays.equals(r.hz, hz);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hz);
    }

    @Override
    public String toString() {
        return "RateSignal " + name + ": " + hz.length + " samples every " + Quantity.of(step, Units.second) + ", mean " + mean();
    }
}
