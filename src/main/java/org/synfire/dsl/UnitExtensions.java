package org.synfire.dsl;

import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * Unit literals on numbers for Groovy ({@code 20.ms}, {@code -65.mV}, {@code 0.5.nA}, {@code 15.Hz},
 * {@code 1.s}) and arithmetic with a number on the left ({@code 2 * 20.ms}, {@code 1 / 10.ms}),
 * registered as a Groovy extension module: unlike categories or meta-class changes it works
 * under {@code @CompileStatic} and in every shell. Groovy maps the property {@code mV} to the
 * getter {@code getmV} (lower-case start kept) and {@code ms} to {@code getMs}, which is why the
 * getters below are spelled as they are; {@code mS} (millisiemens) and {@code ms} (milliseconds)
 * stay distinct for the same reason.
 */
public final class UnitExtensions {
    private UnitExtensions() {
    }

    /**
     * {@code 2.s}: a number of seconds.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getS(Number self) {
        return Units.second.of(self.doubleValue());
    }

    /**
     * {@code 2.ms}: a number of milliseconds.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getMs(Number self) {
        return Units.ms.of(self.doubleValue());
    }

    /**
     * {@code 2.us}: a number of microseconds.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getUs(Number self) {
        return Units.us.of(self.doubleValue());
    }

    /**
     * {@code 2.Hz}: a number of hertz.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getHz(Number self) {
        return Units.Hz.of(self.doubleValue());
    }

    /**
     * {@code 2.kHz}: a number of kilohertz.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getkHz(Number self) {
        return Units.kHz.of(self.doubleValue());
    }

    /**
     * {@code 2.V}: a number of volts.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getV(Number self) {
        return Units.volt.of(self.doubleValue());
    }

    /**
     * {@code 2.mV}: a number of millivolts.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getmV(Number self) {
        return Units.mV.of(self.doubleValue());
    }

    /**
     * {@code 2.uV}: a number of microvolts.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getuV(Number self) {
        return Units.uV.of(self.doubleValue());
    }

    /**
     * {@code 2.A}: a number of amperes.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getA(Number self) {
        return Units.amp.of(self.doubleValue());
    }

    /**
     * {@code 2.mA}: a number of milliamperes.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getmA(Number self) {
        return Units.mA.of(self.doubleValue());
    }

    /**
     * {@code 2.uA}: a number of microamperes.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getuA(Number self) {
        return Units.uA.of(self.doubleValue());
    }

    /**
     * {@code 2.nA}: a number of nanoamperes.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getnA(Number self) {
        return Units.nA.of(self.doubleValue());
    }

    /**
     * {@code 2.pA}: a number of picoamperes.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getpA(Number self) {
        return Units.pA.of(self.doubleValue());
    }

    /**
     * {@code 2.ohm}: a number of ohms.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getOhm(Number self) {
        return Units.ohm.of(self.doubleValue());
    }

    /**
     * {@code 2.kohm}: a number of kilohms.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getKohm(Number self) {
        return Units.kohm.of(self.doubleValue());
    }

    /**
     * {@code 2.Mohm}: a number of megohms.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getMohm(Number self) {
        return Units.Mohm.of(self.doubleValue());
    }

    /**
     * {@code 2.Gohm}: a number of gigohms.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getGohm(Number self) {
        return Units.Gohm.of(self.doubleValue());
    }

    /**
     * {@code 2.mS}: a number of millisiemens.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getmS(Number self) {
        return Units.mS.of(self.doubleValue());
    }

    /**
     * {@code 2.uS}: a number of microsiemens.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getuS(Number self) {
        return Units.uS.of(self.doubleValue());
    }

    /**
     * {@code 2.nS}: a number of nanosiemens.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getnS(Number self) {
        return Units.nS.of(self.doubleValue());
    }

    /**
     * {@code 2.pS}: a number of picosiemens.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getpS(Number self) {
        return Units.pS.of(self.doubleValue());
    }

    /**
     * {@code 2.F}: a number of farads.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getF(Number self) {
        return Units.farad.of(self.doubleValue());
    }

    /**
     * {@code 2.uF}: a number of microfarads.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getuF(Number self) {
        return Units.uF.of(self.doubleValue());
    }

    /**
     * {@code 2.nF}: a number of nanofarads.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getnF(Number self) {
        return Units.nF.of(self.doubleValue());
    }

    /**
     * {@code 2.pF}: a number of picofarads.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getpF(Number self) {
        return Units.pF.of(self.doubleValue());
    }

    /**
     * {@code 2.m}: a number of metres.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getM(Number self) {
        return Units.metre.of(self.doubleValue());
    }

    /**
     * {@code 2.cm}: a number of centimetres.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getCm(Number self) {
        return Units.cm.of(self.doubleValue());
    }

    /**
     * {@code 2.mm}: a number of millimetres.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getMm(Number self) {
        return Units.mm.of(self.doubleValue());
    }

    /**
     * {@code 2.um}: a number of micrometres.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getUm(Number self) {
        return Units.um.of(self.doubleValue());
    }

    /**
     * {@code 2.mM}: a number of millimolar.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getmM(Number self) {
        return Units.mM.of(self.doubleValue());
    }

    /**
     * {@code 2.uM}: a number of micromolar.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getuM(Number self) {
        return Units.uM.of(self.doubleValue());
    }

    /**
     * {@code 2.nM}: a number of nanomolar.
     *
     * @param self the number
     * @return the quantity
     */
    public static Quantity getnM(Number self) {
        return Units.nM.of(self.doubleValue());
    }

    /**
     * {@code 2 * 20.ms}: a number times a quantity.
     *
     * @param self the number
     * @param q    the quantity
     * @return the product, of the quantity's dimension
     */
    public static Quantity multiply(Number self, Quantity q) {
        return q.multiply(self.doubleValue());
    }

    /**
     * {@code 1 / 10.ms}: a number divided by a quantity.
     *
     * @param self the number
     * @param q    the quantity
     * @return the quotient, of the inverse dimension
     */
    public static Quantity div(Number self, Quantity q) {
        return Quantity.dimensionless(self.doubleValue()).div(q);
    }
}
