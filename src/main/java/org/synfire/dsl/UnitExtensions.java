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

    public static Quantity getS(Number self) {
        return Units.second.of(self.doubleValue());
    }

    public static Quantity getMs(Number self) {
        return Units.ms.of(self.doubleValue());
    }

    public static Quantity getUs(Number self) {
        return Units.us.of(self.doubleValue());
    }

    public static Quantity getHz(Number self) {
        return Units.Hz.of(self.doubleValue());
    }

    public static Quantity getkHz(Number self) {
        return Units.kHz.of(self.doubleValue());
    }

    public static Quantity getV(Number self) {
        return Units.volt.of(self.doubleValue());
    }

    public static Quantity getmV(Number self) {
        return Units.mV.of(self.doubleValue());
    }

    public static Quantity getuV(Number self) {
        return Units.uV.of(self.doubleValue());
    }

    public static Quantity getA(Number self) {
        return Units.amp.of(self.doubleValue());
    }

    public static Quantity getmA(Number self) {
        return Units.mA.of(self.doubleValue());
    }

    public static Quantity getuA(Number self) {
        return Units.uA.of(self.doubleValue());
    }

    public static Quantity getnA(Number self) {
        return Units.nA.of(self.doubleValue());
    }

    public static Quantity getpA(Number self) {
        return Units.pA.of(self.doubleValue());
    }

    public static Quantity getOhm(Number self) {
        return Units.ohm.of(self.doubleValue());
    }

    public static Quantity getKohm(Number self) {
        return Units.kohm.of(self.doubleValue());
    }

    public static Quantity getMohm(Number self) {
        return Units.Mohm.of(self.doubleValue());
    }

    public static Quantity getGohm(Number self) {
        return Units.Gohm.of(self.doubleValue());
    }

    public static Quantity getmS(Number self) {
        return Units.mS.of(self.doubleValue());
    }

    public static Quantity getuS(Number self) {
        return Units.uS.of(self.doubleValue());
    }

    public static Quantity getnS(Number self) {
        return Units.nS.of(self.doubleValue());
    }

    public static Quantity getpS(Number self) {
        return Units.pS.of(self.doubleValue());
    }

    public static Quantity getF(Number self) {
        return Units.farad.of(self.doubleValue());
    }

    public static Quantity getuF(Number self) {
        return Units.uF.of(self.doubleValue());
    }

    public static Quantity getnF(Number self) {
        return Units.nF.of(self.doubleValue());
    }

    public static Quantity getpF(Number self) {
        return Units.pF.of(self.doubleValue());
    }

    public static Quantity getM(Number self) {
        return Units.metre.of(self.doubleValue());
    }

    public static Quantity getCm(Number self) {
        return Units.cm.of(self.doubleValue());
    }

    public static Quantity getMm(Number self) {
        return Units.mm.of(self.doubleValue());
    }

    public static Quantity getUm(Number self) {
        return Units.um.of(self.doubleValue());
    }

    public static Quantity getmM(Number self) {
        return Units.mM.of(self.doubleValue());
    }

    public static Quantity getuM(Number self) {
        return Units.uM.of(self.doubleValue());
    }

    public static Quantity getnM(Number self) {
        return Units.nM.of(self.doubleValue());
    }

    /** {@code 2 * 20.ms}: a number times a quantity. */
    public static Quantity multiply(Number self, Quantity q) {
        return q.multiply(self.doubleValue());
    }

    /** {@code 1 / 10.ms}: a number divided by a quantity. */
    public static Quantity div(Number self, Quantity q) {
        return Quantity.dimensionless(self.doubleValue()).div(q);
    }
}
