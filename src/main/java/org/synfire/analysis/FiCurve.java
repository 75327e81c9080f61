package org.synfire.analysis;

import org.synfire.probe.SpikeTrains;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.Units;

/**
 * A frequency–current curve: the firing rate (Hz) at each injected current (in {@code unit}).
 * Measure one from a group whose neuron {@code k} received {@code currents[k]}, and compare it
 * with the analytic curve of the leaky integrate-and-fire neuron.
 *
 * <pre>{@code
 * FiCurve measured = FiCurve.of(currents, Units.nA, sim.data(probe), ms.of(100), ms.of(1100));
 * FiCurve theory = FiCurve.lif(currents, Units.nA, Units.Mohm.of(100), ms.of(10),
 *     mV.of(-65), mV.of(-50), mV.of(-65), ms.of(2));
 * }</pre>
 *
 * @param name     a name for legends
 * @param currents the currents, in {@code unit}
 * @param unit     a unit of current
 * @param rates    the rate at each current, in Hz
 */
public record FiCurve(String name, double[] currents, Unit unit, double[] rates) {
    /**
     * Copies the arrays, so a curve never changes.
     *
     * @param name     a name for legends
     * @param currents the currents, in {@code unit}
     * @param unit     a unit of current
     * @param rates    the rate at each current, in Hz
     * @throws AnalysisException if the arrays differ in length
     */
    public FiCurve {
        if (currents.length != rates.length) {
            throw new AnalysisException("FiCurve " + name + ": " + currents.length + " currents but " + rates.length + " rates");
        }
        currents = currents.clone();
        rates = rates.clone();
    }

    /** {@return the currents, in {@link #unit()}, a copy} */
    @Override
    public double[] currents() {
        return currents.clone();
    }

    /** {@return the rate at each current, in Hz, a copy} */
    @Override
    public double[] rates() {
        return rates.clone();
    }

    /**
     * The measured curve: neuron {@code k} of {@code s} was driven by {@code currents[k]}; rates over {@code [from, to)}.
     *
     * @param currents the current of each neuron, in {@code unit}
     * @param unit     a unit of current
     * @param s        the neurons' spikes
     * @param from     the start of the counting window (after the transient)
     * @param to       its end
     * @return the curve
     */
    public static FiCurve of(double[] currents, Unit unit, SpikeTrains s, Quantity from, Quantity to) {
        if (currents.length != s.groupSize()) {
            throw new AnalysisException("FiCurve.of: " + currents.length + " currents for " + s.groupSize() + " neurons of " + s.name()
                + "; give one current per neuron, neuron k driven by currents[k]");
        }
        return new FiCurve(s.label(), currents, unit, Rates.perNeuron(s, from, to));
    }

    /**
     * The analytic curve of the LIF neuron {@code tau dv/dt = El - v + R I} with threshold
     * {@code theta}, reset {@code Vr} and refractory period {@code tref}: zero up to the
     * rheobase {@code R I = theta - El}, then {@code 1 / (tref + tau ln((R I + El - Vr) / (R I + El - theta)))}.
     *
     * @param currents the currents, in {@code unit}
     * @param unit     a unit of current
     * @param r        the membrane resistance
     * @param tau      the membrane time constant
     * @param el       the resting potential
     * @param theta    the threshold
     * @param vr       the reset potential
     * @param tref     the refractory period
     * @return the analytic rate at each current
     */
    public static FiCurve lif(double[] currents, Unit unit, Quantity r, Quantity tau, Quantity el, Quantity theta, Quantity vr,
                              Quantity tref) {
        double[] rates = new double[currents.length];
        double t = Trains.positiveSeconds("FiCurve.lif", "tau", tau);
        double refractory = Trains.seconds("FiCurve.lif", "tref", tref);
        for (int k = 0; k < currents.length; k++) {
            double drive = r.multiply(Quantity.of(currents[k], unit)).in(Units.volt);
            double rest = el.in(Units.volt);
            double top = drive + rest - vr.in(Units.volt);
            double bottom = drive + rest - theta.in(Units.volt);
            rates[k] = bottom <= 0 ? 0 : 1 / (refractory + t * Math.log(top / bottom));
        }
        return new FiCurve("LIF theory", currents, unit, rates);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FiCurve f && f.name.equals(name) && f.unit.equals(unit) && java.util.Arrays.equals(f.currents, currents)
            && java.util.Arrays.equals(f.rates, rates);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(rates);
    }

    @Override
    public String toString() {
        return "FiCurve " + name + ": " + currents.length + " currents from " + (currents.length == 0 ? "-" : currents[0] + " " + unit.symbol());
    }
}
