package org.synfire.model.library;

import java.util.SplittableRandom;
import org.synfire.model.SpecException;
import org.synfire.model.TimedArray;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * Input currents (or any input) in time, each one call, in the spirit of the input helpers of
 * the Neuronal Dynamics exercises: a step, a ramp, a sinusoid, a pulse train and an
 * Ornstein–Uhlenbeck (coloured-noise) current. Each is a {@link TimedArray} sampled every
 * {@link #RESOLUTION} (the default time step), zero outside its window and after its end, and
 * drives a model's parameter with {@code NeuronModel.drive} or the DSL's {@code lif(I: step(...))}.
 *
 * <pre>{@code
 * NeuronModel m = Library.lif().drive("I", Stimuli.step(ms.of(50), ms.of(150), nA.of(0.3)));
 * }</pre>
 */
public final class Stimuli {
    /** The sampling interval of every stimulus: the default time step, so a step begins exactly where asked. */
    public static final Quantity RESOLUTION = Units.ms.of(0.1);

    private Stimuli() {
    }

    /**
     * {@code amplitude} from {@code start} until {@code end}, zero before and after.
     *
     * @param start when it begins, a time
     * @param end   when it ends, a later time
     * @param amplitude its value in between, in the unit of what it drives (e.g. {@code nA.of(0.3)})
     * @return the stimulus, sampled every {@link #RESOLUTION}
     * @throws org.synfire.model.SpecException if a time is not a time or the window is empty
     */
    public static TimedArray step(Quantity start, Quantity end, Quantity amplitude) {
        return sampled("step", start, end, amplitude, t -> 1);
    }

    /**
     * From {@code from} at {@code start} linearly to {@code to} at {@code end}, zero outside.
     *
     * @param start when it begins, a time
     * @param end   when it ends, a later time
     * @param from  the value at {@code start}
     * @param to    the value at {@code end}, of the same dimension
     * @return the stimulus, sampled every {@link #RESOLUTION}
     * @throws org.synfire.model.SpecException if a time is not a time or the window is empty or the values differ in dimension
     */
    public static TimedArray ramp(Quantity start, Quantity end, Quantity from, Quantity to) {
        requireSame("ramp", from, to);
        double a = from.si();
        double b = to.si();
        double length = end.si() - start.si();
        return sampled("ramp", start, end, Quantity.si(1, from.dimension()), t -> a + (b - a) * t / length);
    }

    /**
     * {@code offset + amplitude·sin(2π·frequency·(t − start))} from {@code start} until {@code end}, zero outside.
     *
     * @param start when it begins, a time
     * @param end   when it ends, a later time
     * @param amplitude the sine's amplitude
     * @param frequency its frequency, e.g. {@code Hz.of(5)}
     * @param offset    the value it oscillates around, of the amplitude's dimension
     * @return the stimulus, sampled every {@link #RESOLUTION}
     * @throws org.synfire.model.SpecException if a time is not a time or the window is empty, the frequency is not a frequency, or amplitude and offset differ in dimension
     */
    public static TimedArray sinusoid(Quantity start, Quantity end, Quantity amplitude, Quantity frequency, Quantity offset) {
        requireSame("sinusoid", amplitude, offset);
        require("sinusoid", "frequency", frequency, Dimension.TIME.power(-1), "a frequency such as 5.Hz");
        double f = frequency.si();
        double a = amplitude.si();
        double c = offset.si();
        return sampled("sinusoid", start, end, Quantity.si(1, amplitude.dimension()), t -> c + a * Math.sin(2 * Math.PI * f * t));
    }

    /**
     * {@code count} pulses of {@code amplitude}, each {@code width} long, one every {@code period} from {@code start}.
     *
     * @param start     when the first pulse begins, a time
     * @param period    from the start of one pulse to the next
     * @param width     each pulse's length, at most the period
     * @param count     how many pulses, at least 1
     * @param amplitude each pulse's value
     * @return the stimulus, sampled every {@link #RESOLUTION}, zero after the last pulse
     * @throws org.synfire.model.SpecException if the times are not times, there is no pulse, or a pulse is longer than the period
     */
    public static TimedArray pulses(Quantity start, Quantity period, Quantity width, int count, Quantity amplitude) {
        require("pulses", "period", period, Dimension.TIME, "a duration such as 20.ms");
        require("pulses", "width", width, Dimension.TIME, "a duration such as 2.ms");
        if (count < 1 || !(width.si() > 0) || width.si() > period.si()) {
            throw new SpecException("Stimulus", "pulses", "count", "needs at least one pulse and 0 < width <= period; got " + count
                + " pulses of " + width + " every " + period);
        }
        double p = period.si();
        double w = width.si();
        Quantity end = Quantity.si(start.si() + (count - 1) * p + w, Dimension.TIME);
        return sampled("pulses", start, end, amplitude, t -> t % p < w - 1e-12 ? 1 : 0);
    }

    /**
     * An Ornstein–Uhlenbeck process from {@code start} until {@code end}: mean {@code mean},
     * stationary standard deviation {@code sigma}, correlation time {@code tau}, starting at the
     * mean; sampled exactly (each sample from the last by the process's own transition), the
     * same for the same {@code seed}.
     *
     * @param start when it begins, a time
     * @param end   when it ends, a later time
     * @param mean  the process's mean, in the unit of what it drives
     * @param sigma its stationary standard deviation, of the mean's dimension, 0 or more
     * @param tau   its correlation time, positive
     * @param seed  the seed of its random increments
     * @return the stimulus, sampled every {@link #RESOLUTION}
     * @throws org.synfire.model.SpecException if {@code tau} is not a positive time, {@code sigma} is negative, or mean and sigma differ in dimension
     */
    public static TimedArray ornsteinUhlenbeck(Quantity start, Quantity end, Quantity mean, Quantity sigma, Quantity tau, long seed) {
        requireSame("ornsteinUhlenbeck", mean, sigma);
        require("ornsteinUhlenbeck", "tau", tau, Dimension.TIME, "a time constant such as 5.ms");
        if (!(tau.si() > 0) || sigma.si() < 0) {
            throw new SpecException("Stimulus", "ornsteinUhlenbeck", "tau", "needs tau > 0 and sigma >= 0; got tau " + tau + ", sigma " + sigma);
        }
        double decay = Math.exp(-RESOLUTION.si() / tau.si());
        double spread = sigma.si() * Math.sqrt(1 - decay * decay);
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = {mean.si()};
        return sampled("ornsteinUhlenbeck", start, end, Quantity.si(1, mean.dimension()), t -> {
            double value = x[0];
            x[0] = mean.si() + (x[0] - mean.si()) * decay + spread * random.nextGaussian();
            return value;
        });
    }

    /** The shape of a stimulus at a time since its start, as a multiple of its amplitude. */
    private interface Shape {
        double at(double sinceStart);
    }

    private static TimedArray sampled(String name, Quantity start, Quantity end, Quantity amplitude, Shape shape) {
        require(name, "start", start, Dimension.TIME, "a time such as 100.ms");
        require(name, "end", end, Dimension.TIME, "a time such as 400.ms");
        double dt = RESOLUTION.si();
        long first = Math.round(start.si() / dt);
        long last = Math.round(end.si() / dt);
        if (first < 0 || last <= first || Math.abs(first * dt - start.si()) > 1e-9 * dt || Math.abs(last * dt - end.si()) > 1e-9 * dt) {
            throw new SpecException("Stimulus", name, "start", "needs 0 <= start < end, both on the " + RESOLUTION.in(Units.ms) + " ms grid; got "
                + start + " to " + end);
        }
        double[] values = new double[(int) last + 1];
        for (long k = first; k < last; k++) {
            values[(int) k] = amplitude.si() * shape.at((k - first) * dt);
        }
        return TimedArray.ofSi(values, amplitude.dimension(), RESOLUTION);
    }

    private static void requireSame(String name, Quantity a, Quantity b) {
        if (!a.dimension().equals(b.dimension())) {
            throw new SpecException("Stimulus", name, "amplitude", a + " and " + b + " are in different units; give both in one");
        }
    }

    private static void require(String name, String what, Quantity q, Dimension dimension, String example) {
        if (!q.dimension().equals(dimension)) {
            throw new SpecException("Stimulus", name, what, q + " is not " + dimension + "; give " + example);
        }
    }
}
