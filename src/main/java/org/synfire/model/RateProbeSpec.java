package org.synfire.model;

import org.synfire.units.Quantity;

/**
 * Records the firing rate of a whole population in bins (Brian2's {@code PopulationRateMonitor}):
 * 4 bytes per bin, whatever the number of spikes. Make one with {@link Probe#rate}.
 *
 * @param name   unique within the network; assigned by the network when empty
 * @param target the population recorded
 * @param bin    the bin width, a positive multiple of dt
 * @param window the part of the run recorded
 */
public record RateProbeSpec(String name, String target, Quantity bin, TimeWindow window) implements ProbeSpec {

    /** The same probe, counting from {@code start} until {@code stop} only. */
    public RateProbeSpec between(Quantity start, Quantity stop) {
        return new RateProbeSpec(name, target, bin, new TimeWindow(start, stop));
    }

    /** The same probe under a name. */
    public RateProbeSpec named(String newName) {
        return new RateProbeSpec(newName, target, bin, window);
    }

    @Override
    public String toString() {
        return "RateProbe " + name + " of " + target + " (bins of " + bin + ")";
    }
}
