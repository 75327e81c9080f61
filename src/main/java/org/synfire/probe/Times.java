package org.synfire.probe;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.Units;

/**
 * The times of recorded spikes or samples, as a person writes them: a time recorded at step
 * {@code s} of a clock with step {@code dt} is the decimal {@code s·dt} (dt read as the decimal it
 * was written as, {@code 0.1 ms}), given in any unit as the double nearest to that decimal, so
 * 3,000 steps of 0.1 ms read {@code 0.3} s and {@code 300} ms, never {@code 0.30000000000000004}.
 * Times given as numbers in a unit (spike trains made by hand) keep their digits in that unit and
 * move to another by the same decimal arithmetic. Immutable.
 */
final class Times {
    private final int[] steps;
    private final double dt;
    private final double[] values;
    private final Unit unit;

    private Times(int[] steps, double dt, double[] values, Unit unit) {
        this.steps = steps;
        this.dt = dt;
        this.values = values;
        this.unit = unit;
    }

    /** Steps of a clock whose step is {@code dt} seconds; the array is kept. */
    static Times ofSteps(int[] steps, double dt) {
        return new Times(steps, dt, null, null);
    }

    /** Numbers in {@code unit}, as given; the array is kept. */
    static Times of(double[] values, Unit unit) {
        return new Times(null, 0, values, unit);
    }

    /** How many times there are. */
    int length() {
        return steps != null ? steps.length : values.length;
    }

    /** Every time in {@code target}. */
    double[] in(Unit target) {
        Scale scale = scaleTo(target);
        double[] out = new double[length()];
        for (int k = 0; k < out.length; k++) {
            out[k] = scale.apply(steps != null ? steps[k] : values[k]);
        }
        return out;
    }

    /** Time {@code k} in {@code target}. */
    double in(int k, Unit target) {
        return scaleTo(target).apply(steps != null ? steps[k] : values[k]);
    }

    /** The times at the given positions, in order. */
    Times select(int[] positions) {
        if (steps != null) {
            return ofSteps(Arrays.stream(positions).map(k -> steps[k]).toArray(), dt);
        }
        return of(Arrays.stream(positions).mapToDouble(k -> values[k]).toArray(), unit);
    }

    /** Steps move to a unit by one multiplication and one division of integers; given numbers by their decimal digits. */
    private Scale scaleTo(Unit target) {
        if (steps != null) {
            return Scale.of(decimal(dt), decimal(secondsPer(target)));
        }
        if (unit.equals(target)) {
            return x -> x;
        }
        BigDecimal ratio = ratio(decimal(secondsPer(unit)), decimal(secondsPer(target)));
        if (ratio == null) {
            double factor = secondsPer(unit) / secondsPer(target);
            return x -> x * factor;
        }
        return x -> new BigDecimal(Double.toString(x)).multiply(ratio).doubleValue();
    }

    private static double secondsPer(Unit u) {
        return Quantity.of(1, u).in(Units.second);
    }

    /** The decimal a double was written as: its shortest representation. */
    private static BigDecimal decimal(double x) {
        return new BigDecimal(Double.toString(x));
    }

    /** {@code a / b} when it is a decimal of at most 34 digits, else {@code null}. */
    private static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        BigDecimal q = a.divide(b, MathContext.DECIMAL128);
        return q.multiply(b).compareTo(a) == 0 ? q.stripTrailingZeros() : null;
    }

    /** A map from a stored number (a step, or a value in the stored unit) to the target unit. */
    @FunctionalInterface
    private interface Scale {
        double apply(double x);

        /**
         * Step {@code s} times {@code dt} in a unit of {@code unit} seconds: with
         * {@code dt/unit = m·10^-k}, the integer {@code s·m} divided by the integer {@code 10^k}, each
         * exact in a double, is the double nearest to the decimal time.
         */
        static Scale of(BigDecimal dt, BigDecimal unit) {
            BigDecimal perStep = ratio(dt, unit);
            if (perStep != null) {
                BigDecimal m = new BigDecimal(perStep.unscaledValue());
                int k = perStep.scale();
                double multiplier = m.doubleValue();
                if (k <= 0) {
                    double whole = m.scaleByPowerOfTen(-k).doubleValue();
                    if (Math.abs(whole) < 0x1p22) {
                        return s -> s * whole;
                    }
                } else if (k <= 22 && Math.abs(multiplier) < 0x1p22) {
                    double divisor = Math.pow(10, k);
                    return s -> s * multiplier / divisor;
                }
            }
            double factor = dt.doubleValue() / unit.doubleValue();
            return s -> s * factor;
        }
    }
}
