package org.synfire.model.morphology;

import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * NEURON's d_lambda rule ({@code geom_nseg} in its {@code stdlib.hoc}; Hines &amp; Carnevale, The
 * NEURON Book, ch. 5): cut each section into compartments no longer than a fraction
 * {@code dLambda} of the length constant at {@code frequency},
 * {@code lambda_f = 0.5 * sqrt(d / (pi * f * Ri * Cm))}, with an odd count so that the section's
 * middle is a compartment's centre. The count is NEURON's
 * {@code int((L / (dLambda * lambda_f) + 0.9) / 2) * 2 + 1}: the smallest odd number at least
 * {@code L / (dLambda * lambda_f) - 0.1}, so results match NEURON's exactly. For a tapering
 * section the length in units of lambda is integrated along it ({@code L/lambda} becomes
 * {@code sqrt(4 pi f Ri Cm) * integral dx / sqrt(d(x))}, exact for linear tapers; NEURON uses a
 * mean diameter per 3-D segment instead).
 *
 * <pre>{@code
 * DLambda rule = DLambda.of(Quantity.parse("100 ohm*cm"), Quantity.parse("1 uF/cm^2"));
 * Morphology fine = morph.withCompartments(rule);
 * }</pre>
 *
 * @param ri        axial resistivity, in ohm*metre (e.g. 100 ohm*cm)
 * @param cm        specific membrane capacitance, in farad/metre^2 (e.g. 1 uF/cm^2)
 * @param dLambda   the largest compartment length as a fraction of lambda_f (NEURON's default 0.1)
 * @param frequency the frequency lambda is taken at (NEURON's default 100 Hz)
 */
public record DLambda(Quantity ri, Quantity cm, double dLambda, Quantity frequency) {
    /** Ohm*metre. */
    static final Dimension RESISTIVITY = Units.ohm.times(Units.metre).dimension();
    /** Farad/metre^2. */
    static final Dimension CAPACITANCE_PER_AREA = Units.farad.divide(Units.metre.power(2)).dimension();

    /**
     * @param ri        axial resistivity, a positive quantity in ohm*metre
     * @param cm        specific membrane capacitance, a positive quantity in farad/metre^2
     * @param dLambda   the largest compartment length as a fraction of lambda_f, positive
     * @param frequency the frequency lambda is taken at, a positive quantity in hertz
     * @throws MorphologyException for a quantity in the wrong unit, or a non-positive one
     */
    public DLambda {
        positive("Ri", ri, RESISTIVITY, "ohm*metre", "100 ohm*cm");
        positive("Cm", cm, CAPACITANCE_PER_AREA, "farad/metre^2", "1 uF/cm^2");
        positive("frequency", frequency, Units.hertz.dimension(), "hertz", "100 Hz");
        if (!(dLambda > 0)) {
            throw new MorphologyException("DLambda", "d_lambda", "dLambda", dLambda + " is not a fraction of lambda; give a positive number such as 0.1");
        }
    }

    /**
     * The rule with NEURON's defaults: {@code d_lambda = 0.1} at 100 Hz.
     *
     * @param ri axial resistivity, a positive quantity in ohm*metre (e.g. 100 ohm*cm)
     * @param cm specific membrane capacitance, a positive quantity in farad/metre^2 (e.g. 1 uF/cm^2)
     * @return the rule
     * @throws MorphologyException for a quantity in the wrong unit, or a non-positive one
     */
    public static DLambda of(Quantity ri, Quantity cm) {
        return new DLambda(ri, cm, 0.1, Units.hertz.of(100));
    }

    /**
     * The length constant at the rule's frequency of a cable of {@code diameter}: {@code 0.5 * sqrt(d / (pi f Ri Cm))}.
     *
     * @param diameter the cable's diameter, a positive length
     * @return lambda_f, in metres
     * @throws MorphologyException if {@code diameter} is not a positive length
     */
    public Quantity lambda(Quantity diameter) {
        if (!diameter.hasDimension(Units.metre.dimension()) || !(diameter.si() > 0)) {
            throw new MorphologyException("DLambda", "d_lambda", "diameter", diameter + " is not a diameter; give a positive length such as 1.um");
        }
        return Units.metre.of(Math.sqrt(diameter.si()) / rate());
    }

    /**
     * The compartment count the rule gives a cylinder of {@code length} and {@code diameter}, as
     * NEURON's {@code geom_nseg} counts it: {@code int((L / (dLambda lambda_f) + 0.9) / 2) * 2 + 1}.
     *
     * @param length   the cylinder's length, a positive length
     * @param diameter its diameter, a positive length
     * @return an odd count, 1 or more
     * @throws MorphologyException if either is not a positive length
     */
    public int compartments(Quantity length, Quantity diameter) {
        if (!length.hasDimension(Units.metre.dimension()) || !(length.si() > 0)) {
            throw new MorphologyException("DLambda", "d_lambda", "length", length + " is not a length; give a positive length such as 100.um");
        }
        return count(length.si() / lambda(diameter).si());
    }

    /** {@code sqrt(4 pi f Ri Cm)}, in 1/sqrt(metre): lambda_f is {@code sqrt(d)} over it. */
    double rate() {
        return Math.sqrt(4 * Math.PI * frequency.si() * ri.si() * cm.si());
    }

    /** NEURON's odd count for a section {@code lengths} lambda long. */
    int count(double lengths) {
        return (int) ((lengths / dLambda + 0.9) / 2) * 2 + 1;
    }

    private static void positive(String name, Quantity value, Dimension dimension, String unit, String example) {
        if (value == null || !value.hasDimension(dimension) || !(value.si() > 0)) {
            throw new MorphologyException("DLambda", "d_lambda", name, value + " is not a positive quantity in " + unit
                + "; give one such as " + example);
        }
    }

    @Override
    public String toString() {
        return "d_lambda " + dLambda + " at " + frequency + " (Ri " + ri + ", Cm " + cm + ")";
    }
}
