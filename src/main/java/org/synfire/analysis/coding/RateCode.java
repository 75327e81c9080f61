package org.synfire.analysis.coding;

import java.util.SplittableRandom;
import org.synfire.probe.SpikeTrains;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * The rate code: a value is a firing rate. Encoding draws a Poisson spike train of that rate for
 * {@code duration}; decoding counts spikes in a window of that length. The count of a Poisson
 * train is Poisson, so a decoded rate {@code r} is uncertain by {@link #resolution(double)}
 * {@code = √(r/T)}: longer windows resolve finer.
 *
 * <pre>{@code
 * RateCode code = new RateCode(Units.ms.of(1000));
 * SpikeTrains trains = code.encode(new double[] {5, 20, 40}, 7);   // Hz, seed
 * double[] back = code.decode(trains);                             // ≈ {5, 20, 40} Hz
 * }</pre>
 */
public final class RateCode {
    private final double duration;
    /** The grid spikes are drawn on, in seconds; 0 for continuous time. */
    private final double grid;

    /**
     * A code whose trains last {@code duration}, with spike times anywhere in continuous time.
     *
     * @param duration the length of every train, a positive time
     * @throws CodingException if {@code duration} is not a positive time
     */
    public RateCode(Quantity duration) {
        this(positive("the duration", duration, "Units.ms.of(1000)"), 0);
    }

    private RateCode(double duration, double grid) {
        this.duration = duration;
        this.grid = grid;
    }

    private static double positive(String what, Quantity q, String example) {
        if (!q.hasDimension(Dimension.TIME) || !(q.si() > 0) || !Double.isFinite(q.si())) {
            throw new CodingException("RateCode: " + what + " must be a positive time, e.g. " + example + "; got " + q);
        }
        return q.si();
    }

    /**
     * The same code drawing its trains on a simulation grid: each step of {@code dt} holds a spike
     * with probability {@code r·dt}, reported at the end of the step, so the trains can feed a
     * spike source (which fires at most once per step) without losing spikes. Counts are then
     * binomial, a little narrower than Poisson.
     *
     * @param dt the simulation step, a positive time
     * @return a code of the same duration on that grid
     * @throws CodingException if {@code dt} is not a positive time
     */
    public RateCode onGrid(Quantity dt) {
        double step = positive("dt", dt, "Units.ms.of(0.1)");
        return new RateCode(duration, step);
    }

    /** {@return the length of each train} */
    public Quantity duration() {
        return Units.second.of(duration);
    }

    /**
     * One Poisson train per value, neuron {@code k} firing at {@code ratesHz[k]} from 0 to the
     * duration; the same seed gives the same trains.
     *
     * @param ratesHz one rate per neuron, in Hz, finite and not negative (on a grid below one spike per step)
     * @param seed    the seed of the spike times
     * @return one train per rate
     * @throws CodingException if a rate is negative, not finite, or too high for the grid
     */
    public SpikeTrains encode(double[] ratesHz, long seed) {
        return encode(ratesHz, seed, Units.second.of(0));
    }

    /**
     * Poisson trains as {@link #encode(double[], long)}, from {@code onset} to {@code onset} plus the duration.
     *
     * @param ratesHz one rate per neuron, in Hz
     * @param seed    the seed of the spike times
     * @param onset   when the trains start
     * @return one train per rate
     * @throws CodingException if a rate is negative, not finite, or too high for the grid
     */
    public SpikeTrains encode(double[] ratesHz, long seed, Quantity onset) {
        double start = onset.in(Units.second);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] trains = new double[ratesHz.length][];
        for (int k = 0; k < ratesHz.length; k++) {
            double rate = ratesHz[k];
            if (!(rate >= 0) || !Double.isFinite(rate)) {
                throw new CodingException("RateCode.encode: rate " + rate + " Hz of neuron " + k + " is not a non-negative finite rate");
            }
            if (grid > 0 && rate * grid > 1) {
                throw new CodingException("RateCode.encode: rate " + rate + " Hz of neuron " + k + " needs more than one spike per step of "
                    + Units.second.of(grid) + "; use a smaller dt or a lower rate");
            }
            // The buffer grows as the train does.
            double[] t = new double[Math.max(4, (int) (rate * duration * 1.5) + 4)];
            int n = 0;
            double now = next(random, rate, -1);
            while (now < duration) {
                if (n == t.length) {
                    t = java.util.Arrays.copyOf(t, 2 * n);
                }
                t[n++] = start + now;
                now = next(random, rate, now);
            }
            trains[k] = java.util.Arrays.copyOf(t, n);
        }
        return SpikeTrains.of("rate code", trains, Units.second);
    }

    /**
     * {@code n} Poisson trains of rate {@code rateHz} whose spike counts are correlated with
     * coefficient {@code c} between every pair, in every window: the multiple interaction process
     * of Kuhn, Aertsen &amp; Rotter (2003). A hidden "mother" train fires at {@code rateHz / c},
     * and each train keeps each of its spikes with probability {@code c}, independently; shared
     * spikes are simultaneous. Inputs of this kind make the correlations that Hebbian and
     * spike-timing-dependent plasticity pick up. On a grid the mother fires at most once per step,
     * so no train does either.
     *
     * <pre>{@code
     * SpikeTrains inputs = new RateCode(Units.second.of(60)).onGrid(Units.ms.of(0.1)).correlated(100, 10, 0.2, 7);
     * }</pre>
     *
     * @param n      the number of trains, at least 1
     * @param rateHz each train's rate, in Hz
     * @param c      the correlation coefficient of every pair's spike counts, in (0, 1]
     * @param seed   the seed of the random numbers; one seed gives the same trains
     * @return one train per neuron, {@code 0} to {@code n − 1}
     * @throws CodingException when {@code n} is below 1, the rate is negative or not finite,
     *                         {@code c} is not in (0, 1] (for independent trains use
     *                         {@link #encode}), or on a grid the mother would need more than one
     *                         spike per step
     */
    public SpikeTrains correlated(int n, double rateHz, double c, long seed) {
        if (n < 1) {
            throw new CodingException("RateCode.correlated: give at least 1 train, not " + n);
        }
        if (!(rateHz >= 0) || !Double.isFinite(rateHz)) {
            throw new CodingException("RateCode.correlated: rate " + rateHz + " Hz is not a non-negative finite rate");
        }
        if (!(c > 0 && c <= 1)) {
            throw new CodingException("RateCode.correlated: the correlation " + c + " is not in (0, 1]; for independent trains use encode(rates, seed)");
        }
        double motherRate = rateHz / c;
        if (grid > 0 && motherRate * grid > 1) {
            throw new CodingException("RateCode.correlated: " + rateHz + " Hz at correlation " + c + " needs a shared train of " + motherRate
                + " Hz, more than one spike per step of " + Units.second.of(grid) + "; use a smaller dt, a lower rate or a larger correlation");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] indices = new int[Math.max(16, (int) (1.2 * n * rateHz * duration) + 16)];
        double[] times = new double[indices.length];
        int spikes = 0;
        for (double now = next(random, motherRate, -1); now < duration; now = next(random, motherRate, now)) {
            for (int k = 0; k < n; k++) {
                if (random.nextDouble() < c) {
                    if (spikes == indices.length) {
                        indices = java.util.Arrays.copyOf(indices, 2 * spikes);
                        times = java.util.Arrays.copyOf(times, 2 * spikes);
                    }
                    indices[spikes] = k;
                    times[spikes++] = now;
                }
            }
        }
        return SpikeTrains.of("correlated rate code", n, java.util.Arrays.copyOf(indices, spikes), java.util.Arrays.copyOf(times, spikes),
            Units.second);
    }

    /**
     * The next spike after {@code now} (-1 before the first): an exponential interval in
     * continuous time; on a grid, a geometric number of steps (each step a Bernoulli trial with
     * {@code p = r·dt}), the spike reported at the end of its step.
     */
    private double next(SplittableRandom random, double rate, double now) {
        if (rate == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double u = 1 - random.nextDouble();
        if (grid == 0) {
            return Math.max(now, 0) + -Math.log(u) / rate;
        }
        double p = rate * grid;
        long lastStep = now < 0 ? -1 : Math.round(now / grid) - 1;
        // In double: at tiny rates the skip exceeds any long, and the spike simply lies past the end.
        double skipped = p >= 1 ? 0 : Math.floor(Math.log(u) / Math.log1p(-p));
        return (lastStep + 2 + skipped) * grid;
    }

    /**
     * The rate of every neuron: spikes in {@code [0, duration)} over the duration, in Hz.
     *
     * @param s recorded or encoded trains
     * @return one rate per neuron of {@code s}, in Hz
     */
    public double[] decode(SpikeTrains s) {
        return decode(s, Units.second.of(0));
    }

    /**
     * The rate of every neuron counted in {@code [onset, onset + duration)}, for trains that arrive {@code onset} late.
     *
     * @param s     recorded trains
     * @param onset the start of the counting window
     * @return one rate per neuron of {@code s}, in Hz
     */
    public double[] decode(SpikeTrains s, Quantity onset) {
        double start = onset.in(Units.second);
        double[] rates = new double[s.groupSize()];
        int[] neurons = s.indices();
        double[] times = s.times(Units.second);
        for (int k = 0; k < times.length; k++) {
            if (times[k] >= start && times[k] < start + duration) {
                rates[neurons[k]] += 1 / duration;
            }
        }
        return rates;
    }

    /**
     * The standard deviation of a decoded rate around a true rate of {@code rateHz}, in Hz:
     * {@code √(r/T)} for Poisson counts, {@code √(r(1 - r·dt)/T)} for binomial counts on a grid.
     *
     * @param rateHz the true rate, in Hz
     * @return the standard deviation of its decoded value, in Hz
     */
    public double resolution(double rateHz) {
        return Math.sqrt(rateHz * (1 - rateHz * grid) / duration);
    }

    @Override
    public String toString() {
        return "RateCode over " + duration() + (grid > 0 ? " on a grid of " + Units.second.of(grid) : "");
    }
}
