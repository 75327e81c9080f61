package org.synfire.analysis;

import org.synfire.units.Quantity;

/**
 * A smoothing kernel for population rates, of unit area so smoothing keeps the mean rate.
 *
 * <pre>{@code
 * Kernel.gaussian(Units.ms.of(2));      // symmetric, cut at ±4 sigma
 * Kernel.rectangular(Units.ms.of(5));   // a centred 5 ms box
 * Kernel.exponential(Units.ms.of(3));   // causal: a spike raises the rate after it, cut at 6 tau
 * }</pre>
 */
public final class Kernel {
    private enum Shape { RECTANGULAR, GAUSSIAN, EXPONENTIAL }

    private final Shape shape;
    private final double width;

    private Kernel(Shape shape, double width) {
        this.shape = shape;
        this.width = width;
    }

    /**
     * A centred box of total width {@code width}.
     *
     * @param width a positive time
     * @return the kernel, of unit area
     */
    public static Kernel rectangular(Quantity width) {
        return new Kernel(Shape.RECTANGULAR, Trains.positiveSeconds("Kernel.rectangular", "width", width));
    }

    /**
     * A Gaussian of standard deviation {@code sigma}.
     *
     * @param sigma a positive time
     * @return the kernel, of unit area
     */
    public static Kernel gaussian(Quantity sigma) {
        return new Kernel(Shape.GAUSSIAN, Trains.positiveSeconds("Kernel.gaussian", "sigma", sigma));
    }

    /**
     * A causal exponential {@code exp(-t/tau)/tau}, {@code t >= 0}.
     *
     * @param tau a positive time
     * @return the kernel, of unit area
     */
    public static Kernel exponential(Quantity tau) {
        return new Kernel(Shape.EXPONENTIAL, Trains.positiveSeconds("Kernel.exponential", "tau", tau));
    }

    /**
     * The kernel sampled every {@code step} seconds, normalised so the samples sum to one (a
     * truncated tail must not lower the mean rate). {@code origin[0]} receives the index of lag 0.
     */
    double[] sample(double step, int[] origin) {
        int half;
        int first;
        int last;
        switch (shape) {
            case RECTANGULAR -> {
                half = Math.max(0, (int) Math.round(width / step / 2 - 0.5));
                first = -half;
                last = half;
            }
            case GAUSSIAN -> {
                half = (int) Math.ceil(4 * width / step);
                first = -half;
                last = half;
            }
            default -> {
                first = 0;
                last = (int) Math.ceil(6 * width / step);
            }
        }
        double[] w = new double[last - first + 1];
        double sum = 0;
        for (int k = first; k <= last; k++) {
            double t = k * step;
            double value = switch (shape) {
                case RECTANGULAR -> 1;
                case GAUSSIAN -> Math.exp(-0.5 * t * t / (width * width));
                case EXPONENTIAL -> Math.exp(-t / width);
            };
            w[k - first] = value;
            sum += value;
        }
        for (int k = 0; k < w.length; k++) {
            w[k] /= sum;
        }
        origin[0] = -first;
        return w;
    }

    @Override
    public String toString() {
        return shape.name().toLowerCase(java.util.Locale.ROOT) + " kernel (" + Quantity.of(width, org.synfire.units.Units.second) + ")";
    }
}
