package org.synfire.model;

import org.synfire.units.Quantity;

/**
 * Records the firing rate of a population, or a slice of one, in bins (Brian2's {@code PopulationRateMonitor}):
 * 4 bytes per bin, whatever the number of spikes. Make one with {@link Probe#rate}.
 *
 * @param name   unique within the network; assigned by the network when empty
 * @param target the population recorded
 * @param slice  the part of it recorded, or {@code null} for all
 * @param bin    the bin width, a positive multiple of dt
 * @param window the part of the run recorded
 */
public record RateProbeSpec(String name, String target, Slice slice, Quantity bin, TimeWindow window) implements ProbeSpec {

    /**
     * The same probe, counting from {@code start} until {@code stop} only.
     *
     * @param start when counting starts, a time of zero or more
     * @param stop  when it stops, after {@code start}, or {@code null} for the run's end
     * @return a copy with that change; this probe is unchanged
     * @throws SpecException unless {@code 0 <= start < stop}
     */
    public RateProbeSpec between(Quantity start, Quantity stop) {
        return new RateProbeSpec(name, target, slice, bin, new TimeWindow(start, stop));
    }

    /**
     * The same probe under a name.
     *
     * @param newName unique within the network
     * @return a copy with that change; this probe is unchanged
     */
    public RateProbeSpec named(String newName) {
        return new RateProbeSpec(newName, target, slice, bin, window);
    }

    @Override
    public String targetLabel() {
        return Slice.label(target, slice);
    }

    @Override
    public String toString() {
        return "RateProbe " + name + " of " + targetLabel() + " (bins of " + bin + ")";
    }
}
