package org.synfire.model;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.synfire.units.Quantity;

/**
 * Records the spikes of a population (all of it, or chosen neurons), in memory or streamed to a
 * file. Make one with {@link Probe#spikes} and add it with {@link Network#probe}.
 *
 * @param name    unique within the network; assigned by the network when empty
 * @param target  the population recorded
 * @param slice   the part of it recorded, or {@code null} for all; spikes are numbered from its start
 * @param neurons the neurons recorded (counted from the slice's start), or {@code null} for all
 * @param window  the part of the run recorded
 * @param file    the file spikes are streamed to during the run, or {@code null} to keep them in memory
 * @param event   the group's custom event recorded instead of its spikes ({@link Probe#events}), or {@code null}
 */
public record SpikeProbeSpec(String name, String target, Slice slice, int[] neurons, TimeWindow window, Path file, String event)
    implements ProbeSpec {

    /**
     * Copies {@code neurons}, so a spec never changes.
     *
     * @param name    unique within the network; assigned by the network when empty
     * @param target  the population recorded
     * @param slice   the part of it recorded, or {@code null} for all; spikes are numbered from its start
     * @param neurons the neurons recorded (counted from the slice's start), or {@code null} for all
     * @param window  the part of the run recorded
     * @param file    the file spikes are streamed to during the run, or {@code null} to keep them in memory
     * @param event   the group's custom event recorded instead of its spikes ({@link Probe#events}), or {@code null}
     */
    public SpikeProbeSpec {
        neurons = neurons == null ? null : neurons.clone();
    }

    /**
     * The same probe, recording only the given neurons.
     *
     * @param indices the neurons, counted from the slice's start
     * @return a copy with that change; this probe is unchanged
     */
    public SpikeProbeSpec neurons(int... indices) {
        return new SpikeProbeSpec(name, target, slice, indices, window, file, event);
    }

    /**
     * The same probe, recording from {@code start} until {@code stop} only.
     *
     * @param start when recording starts, a time of zero or more
     * @param stop  when it stops, after {@code start}, or {@code null} for the run's end
     * @return a copy with that change; this probe is unchanged
     * @throws SpecException unless {@code 0 <= start < stop}
     */
    public SpikeProbeSpec between(Quantity start, Quantity stop) {
        return new SpikeProbeSpec(name, target, slice, neurons, new TimeWindow(start, stop), file, event);
    }

    /**
     * The same probe, writing spikes to {@code path} as they happen (8 bytes per spike on disk,
     * none on the heap); read them back with {@code Simulation.spikes(probe)}.
     *
     * @param path the file the spikes are written to
     * @return a copy with that change; this probe is unchanged
     */
    public SpikeProbeSpec toFile(Path path) {
        return new SpikeProbeSpec(name, target, slice, neurons, window, path, event);
    }

    /**
     * The same probe under a name.
     *
     * @param newName unique within the network
     * @return a copy with that change; this probe is unchanged
     */
    public SpikeProbeSpec named(String newName) {
        return new SpikeProbeSpec(newName, target, slice, neurons, window, file, event);
    }

    @Override
    public String targetLabel() {
        return Slice.label(target, slice);
    }

    /**
     * {@return the neurons recorded, counted from the slice's start (a copy), or {@code null} for all}
     */
    @Override
    public int[] neurons() {
        return neurons == null ? null : neurons.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpikeProbeSpec p && p.name.equals(name) && p.target.equals(target) && Objects.equals(p.slice, slice)
            && Arrays.equals(p.neurons, neurons)
            && p.window.equals(window) && Objects.equals(p.file, file) && Objects.equals(p.event, event);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + target.hashCode();
    }

    @Override
    public String toString() {
        return (event == null ? "SpikeProbe " : "EventProbe ") + name + " of " + targetLabel() + (event == null ? "" : " event " + event) + (neurons == null ? "" : " (" + neurons.length + " neurons)")
            + (window.equals(TimeWindow.ALWAYS) ? "" : " during " + window) + (file == null ? "" : " to " + file);
    }
}
