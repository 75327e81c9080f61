package org.synfire.probe;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Passes the spikes of elements {@code [from, to)} of a population on to the recorder of a probe
 * of that slice, numbered from {@code from}, so every spike recorder records a slice as it would a
 * population of its own. Spatial neurons spike at one compartment each, so their spikes are
 * numbered by neuron: {@code (element - from) / granule} with {@code granule} compartments per
 * neuron (1 for point neurons). The engine hands it the whole population's spikes like any sink;
 * the cost is a binary search and a copy of the slice's spikes per step.
 */
public final class SliceSink implements SpikeSink {
    private final SpikeSink recorder;
    private final int from;
    private final int to;
    private final int granule;
    private int[] renumbered = new int[0];

    /**
     * @param recorder records the slice's spikes, numbered {@code 0 .. (to - from) / granule - 1}
     * @param from     the slice's first element of the population
     * @param to       the element after its last
     * @param granule  elements per neuron: at most one of them spikes in a step
     */
    public SliceSink(SpikeSink recorder, int from, int to, int granule) {
        this.recorder = recorder;
        this.from = from;
        this.to = to;
        this.granule = granule;
    }

    @Override
    public void record(int[] spiking, int count, long step) {
        int first = Arrays.binarySearch(spiking, 0, count, from);
        int k = first >= 0 ? first : -first - 1;
        int n = 0;
        for (; k < count && spiking[k] < to; k++) {
            if (n == renumbered.length) {
                renumbered = Arrays.copyOf(renumbered, Math.max(16, 2 * n));
            }
            renumbered[n++] = (spiking[k] - from) / granule;
        }
        recorder.record(renumbered, n, step);
    }

    @Override
    public void endOfRun() {
        recorder.endOfRun();
    }

    @Override
    public Recordings recordings(double dt, long now) {
        return recorder.recordings(dt, now);
    }

    @Override
    public void rewind() {
        recorder.rewind();
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        recorder.writeState(out);
    }

    @Override
    public void readState(DataInput in) throws IOException {
        recorder.readState(in);
    }

    @Override
    public String toString() {
        return recorder + " of " + (granule == 1 ? "neurons [" + from + ":" + to + ")" : "spatial neurons [" + from / granule + ":"
            + to / granule + ") of " + granule + " compartments");
    }
}
