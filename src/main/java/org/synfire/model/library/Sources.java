package org.synfire.model.library;

import org.synfire.model.NeuronModel;
import org.synfire.model.SpecException;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;

/**
 * Spike sources written as neuron models: Poisson processes with a constant or time-varying
 * rate. Documented in {@link Library}; this class holds the text and defaults.
 */
final class Sources {
    private Sources() {
    }

    /** See {@link Library#poisson(Quantity)}. */
    static NeuronModel poisson(Quantity rate) {
        if (rate == null || !rate.dimension().equals(Dimension.TIME.power(-1)) || !(rate.si() >= 0) || Double.isInfinite(rate.si())) {
            throw new SpecException("Model", "poisson", "rates", rate + " is not a rate of zero or more; use e.g. Units.Hz.of(10)");
        }
        // In each step a source fires with probability rates*dt: a Bernoulli process whose counts
        // have mean rates*T and whose intervals are geometric (CV sqrt(1 - rates*dt) ≈ 1).
        return NeuronModel.of("poisson", """
                rates : hertz
                """)
            .threshold("rand() < rates*dt")
            .with("rates", rate)
            .describedAs("Poisson spike sources with a rate per source.");
    }

    /** See {@link Library#poisson(String)}. */
    static NeuronModel poisson(String rateExpression) {
        if (rateExpression == null || rateExpression.isBlank() || rateExpression.contains("\n") || rateExpression.contains("#")) {
            throw new SpecException("Model", "poisson", "rates", "'" + rateExpression
                + "' is not a rate expression; give one line in hertz, e.g. 10*Hz*(1 + sin(2*pi*5*Hz*t))");
        }
        return NeuronModel.of("poisson", "rates = " + rateExpression.strip() + " : hertz\n")
            .threshold("rand() < rates*dt")
            .describedAs("Poisson spike sources with rate " + rateExpression.strip() + ".");
    }
}
