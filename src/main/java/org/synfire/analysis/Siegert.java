package org.synfire.analysis;

import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * The firing rate of a leaky integrate-and-fire neuron driven by white noise, in the diffusion
 * approximation: membrane {@code dv/dt = (mu − v)/tau + sigma·sqrt(2/tau)·xi}, so that without a
 * threshold {@code v} has mean {@code mu} and standard deviation {@code sigma}; threshold, reset
 * and refractory period. Siegert's first-passage-time formula (Ricciardi 1977; Brunel 2000,
 * eq. 21, whose noise amplitude is {@code sigma·sqrt(2)}):
 * {@code 1/rate = t_ref + tau·sqrt(pi)·∫ exp(u²)(1 + erf u) du} from
 * {@code (reset − mu)/(sigma·sqrt 2)} to {@code (threshold − mu)/(sigma·sqrt 2)}.
 *
 * <pre>{@code
 * Quantity rate = Siegert.rate(mV.of(10), mV.of(6), ms.of(20), mV.of(20), mV.of(10), ms.of(2));   // 8.2 Hz
 * double cv = Siegert.cv(mV.of(10), mV.of(6), ms.of(20), mV.of(20), mV.of(10), ms.of(2));        // 0.99
 * }</pre>
 */
public final class Siegert {
    private static final int INTERVALS = 4000;
    /** Where the inner integral of {@link #cv} starts: its integrand is below 1e-45 there. */
    private static final double INNER_FROM = -10;

    private Siegert() {
    }

    /**
     * The stationary rate, in Hz.
     *
     * @param mu         the mean input, as the membrane potential it would hold without threshold
     * @param sigma      the standard deviation of the free membrane potential (positive)
     * @param tau        the membrane time constant
     * @param threshold  the firing threshold
     * @param reset      the reset potential, below the threshold
     * @param refractory the refractory period
     * @throws AnalysisException if a quantity has the wrong unit, sigma is not positive or the reset is not below the threshold
     * @return the rate, in hertz
     */
    public static Quantity rate(Quantity mu, Quantity sigma, Quantity tau, Quantity threshold, Quantity reset, Quantity refractory) {
        double[] bounds = bounds("rate", mu, sigma, tau, threshold, reset, refractory);
        double h = (bounds[1] - bounds[0]) / INTERVALS;
        double sum = integrand(bounds[0]) + integrand(bounds[1]);
        for (int k = 1; k < INTERVALS; k++) {
            sum += (k % 2 == 1 ? 4 : 2) * integrand(bounds[0] + k * h);
        }
        double passage = tau.si() * Math.sqrt(Math.PI) * sum * h / 3;
        return Units.Hz.of(1 / (refractory.si() + passage));
    }

    /**
     * The coefficient of variation of the inter-spike intervals (Brunel 2000, appendix A):
     * {@code CV² = 2π(rate·tau)² ∫ exp(x²) ∫_{-∞}^x exp(y²)(1 + erf y)² dy dx} over the same bounds
     * as {@link #rate}. It tends to 1 (Poisson) far below threshold and to 0 far above it.
     *
     * @param mu         the mean input, as the membrane potential it would hold without threshold
     * @param sigma      the standard deviation of the free membrane potential (positive)
     * @param tau        the membrane time constant
     * @param threshold  the firing threshold
     * @param reset      the reset potential, below the threshold
     * @param refractory the refractory period
     * @return the CV of the intervals
     * @throws AnalysisException if a quantity has the wrong unit, sigma is not positive or the reset is not below the threshold
     */
    public static double cv(Quantity mu, Quantity sigma, Quantity tau, Quantity threshold, Quantity reset, Quantity refractory) {
        double[] bounds = bounds("cv", mu, sigma, tau, threshold, reset, refractory);
        double rate = rate(mu, sigma, tau, threshold, reset, refractory).si();
        double h = 1e-3;
        double inner = 0;
        double outer = 0;
        double previousInner = squaredIntegrand(INNER_FROM);
        double previousOuter = Double.NaN;
        for (double y = INNER_FROM + h; y <= bounds[1] + h / 2; y += h) {
            double value = squaredIntegrand(y);
            inner += (previousInner + value) * h / 2;
            previousInner = value;
            if (y >= bounds[0]) {
                double term = Math.exp(y * y) * inner;
                outer += Double.isNaN(previousOuter) ? 0 : (previousOuter + term) * h / 2;
                previousOuter = term;
            }
        }
        return Math.sqrt(2 * Math.PI * Math.pow(rate * tau.si(), 2) * outer);
    }

    /** The integration bounds {@code (reset − mu)/(sigma·sqrt 2)} and {@code (threshold − mu)/(sigma·sqrt 2)}, after checking units. */
    private static double[] bounds(String what, Quantity mu, Quantity sigma, Quantity tau, Quantity threshold, Quantity reset,
                                   Quantity refractory) {
        Dimension volt = Units.mV.dimension();
        for (Quantity v : new Quantity[] {mu, sigma, threshold, reset}) {
            require(what, v, volt, "a voltage such as mV.of(15)");
        }
        require(what, tau, Dimension.TIME, "a time such as ms.of(20)");
        require(what, refractory, Dimension.TIME, "a time such as ms.of(2)");
        if (!(sigma.si() > 0) || !(reset.si() < threshold.si())) {
            throw new AnalysisException("Siegert." + what + ": needs sigma > 0 and reset < threshold; got sigma " + sigma + ", reset "
                + reset + ", threshold " + threshold);
        }
        double amplitude = sigma.si() * Math.sqrt(2);
        return new double[] {(reset.si() - mu.si()) / amplitude, (threshold.si() - mu.si()) / amplitude};
    }

    private static void require(String what, Quantity q, Dimension dimension, String example) {
        if (!q.dimension().equals(dimension)) {
            throw new AnalysisException("Siegert." + what + ": " + q + " is not " + dimension + "; give " + example);
        }
    }

    /** {@code exp(u²)(1 + erf u)}, written with the scaled complementary error function so it never overflows for u below 0. */
    private static double integrand(double u) {
        return u <= 0 ? erfcx(-u) : 2 * Math.exp(u * u) - erfcx(u);
    }

    /** {@code exp(y²)(1 + erf y)²}, written with the scaled complementary error function. */
    private static double squaredIntegrand(double y) {
        if (y <= 0) {
            double e = erfcx(-y);
            return e * e * Math.exp(-y * y);
        }
        double onePlusErf = 2 - erfcx(y) * Math.exp(-y * y);
        return Math.exp(y * y) * onePlusErf * onePlusErf;
    }

    /**
     * {@code exp(x²)·erfc(x)} for {@code x >= 0}: the Chebyshev fit of Numerical Recipes (erfc
     * with relative error below 1.2e-7), whose {@code exp(−x²)} factor is left out here.
     */
    private static double erfcx(double x) {
        double t = 1 / (1 + 0.5 * x);
        return t * Math.exp(-1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807
            + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    }
}
