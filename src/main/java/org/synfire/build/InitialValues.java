package org.synfire.build;

import org.synfire.model.SpecException;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;

/**
 * The build's check of the values a network starts from, once they are evaluated: every value
 * finite, and above zero where the model declares a parameter {@code (positive)}. A bad value
 * found here would otherwise run for the whole simulation and surface only as a diverged state,
 * or not at all (a negative time constant makes the membrane run away from rest).
 */
final class InitialValues {
    private InitialValues() {
    }

    /**
     * @param values   one value per element, or one shared value
     * @param element  what an index counts ("neuron", "synapse"), or {@code null} for a shared value
     * @throws SpecException naming the object, the variable, the first offending element and the fix
     */
    static void check(String kind, String object, String variable, double[] values, Dimension dimension, boolean positive,
                      String element) {
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isFinite(v) && (!positive || v > 0)) {
                continue;
            }
            String value = (Double.isFinite(v) ? Quantity.si(v, dimension).toString() : String.valueOf(v))
                + (element == null ? "" : " for " + element + " " + i);
            throw new SpecException(kind, object, variable, Double.isFinite(v)
                ? value + " is not above zero, and the model declares it (positive); give a positive value"
                : value + " is not a finite number (an initial value that divides by zero or overflows); give a finite value");
        }
    }
}
