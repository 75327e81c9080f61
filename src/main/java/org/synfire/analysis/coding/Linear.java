package org.synfire.analysis.coding;

import org.synfire.units.Dimension;
import org.synfire.units.Quantity;

/**
 * The linear map shared by the latency and interval codes: a value in {@code [min, max]} to a
 * time in {@code [high, low]} (the largest value gives the shortest time, as a strong stimulus
 * gives an early spike or a short interval) and back.
 */
final class Linear {
    final String code;
    final double min;
    final double max;
    final double shortest;
    final double longest;

    Linear(String code, double min, double max, Quantity shortest, Quantity longest) {
        this.code = code;
        if (!(max > min) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new CodingException(code + ": the value range [" + min + ", " + max + "] is empty; give min < max");
        }
        for (Quantity q : new Quantity[] {shortest, longest}) {
            if (!q.hasDimension(Dimension.TIME)) {
                throw new CodingException(code + ": times must be times, e.g. Units.ms.of(5); got " + q);
            }
        }
        if (!(longest.si() > shortest.si()) || shortest.si() < 0) {
            throw new CodingException(code + ": give 0 <= shortest < longest; got " + shortest + " and " + longest);
        }
        this.min = min;
        this.max = max;
        this.shortest = shortest.si();
        this.longest = longest.si();
    }

    /** Seconds of time per unit of value. */
    double slope() {
        return (longest - shortest) / (max - min);
    }

    double time(int neuron, double value) {
        if (!(value >= min && value <= max)) {
            throw new CodingException(code + ": value " + value + " of neuron " + neuron + " is outside the code's range [" + min + ", "
                + max + "]");
        }
        return longest - (value - min) * slope();
    }

    double value(double seconds) {
        return min + (longest - seconds) / slope();
    }
}
