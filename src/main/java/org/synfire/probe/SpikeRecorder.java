package org.synfire.probe;

/**
 * Records the spikes of one group (all neurons or a subset) as two parallel primitive buffers:
 * neuron index and step. Memory: 8 bytes per recorded spike. Steps are stored as {@code int},
 * which the engine guarantees by refusing runs past 2³¹ steps (about 59 hours at 0.1 ms).
 */
public final class SpikeRecorder implements SpikeSink {
    private final String name;
    private final int groupSize;
    private final boolean[] selected;
    private final Window window;
    private final IntList neurons = new IntList();
    private final IntList steps = new IntList();

    /**
     * @param name      the probe's name
     * @param groupSize the size of the recorded group
     * @param subset    the neurons to record, or {@code null} for all
     * @param window    the spike steps recorded
     */
    public SpikeRecorder(String name, int groupSize, int[] subset, Window window) {
        this.name = name;
        this.window = window;
        this.groupSize = groupSize;
        this.selected = mask(groupSize, subset);
    }

    /**
     * Records the spikes of one step.
     *
     * @param spiking indices of the neurons that spiked, in {@code [0, count)}
     * @param step    the step at whose end they spiked (spike time {@code step·dt})
     */
    @Override
    public void record(int[] spiking, int count, long step) {
        if (!window.contains(step)) {
            return;
        }
        for (int k = 0; k < count; k++) {
            int n = spiking[k];
            if (selected == null || selected[n]) {
                neurons.add(n);
                steps.add((int) step);
            }
        }
    }

    /** Which neurons of a group of {@code size} a subset selects, or {@code null} for a {@code null} subset (all). */
    static boolean[] mask(int size, int[] subset) {
        if (subset == null) {
            return null;
        }
        boolean[] selected = new boolean[size];
        for (int k : subset) {
            selected[k] = true;
        }
        return selected;
    }

    @Override
    public void writeState(java.io.DataOutput out) throws java.io.IOException {
        neurons.writeTo(out);
        steps.writeTo(out);
    }

    @Override
    public void readState(java.io.DataInput in) throws java.io.IOException {
        neurons.readFrom(in);
        steps.readFrom(in);
    }

    @Override
    public void rewind() {
        neurons.clear();
        steps.clear();
    }

    /** {@return how many spikes have been recorded, since the build or the last rewind} */
    public int count() {
        return neurons.size();
    }

    @Override
    public SpikeTrains recordings(double dt, long now) {
        int[] recorded = selected == null ? null
            : java.util.stream.IntStream.range(0, groupSize).filter(i -> selected[i]).toArray();
        return new SpikeTrains(name, groupSize, recorded, neurons.toArray(), Times.ofSteps(steps.toArray(), dt));
    }

    @Override
    public String toString() {
        return "SpikeRecorder " + name + " (" + count() + " spikes)";
    }
}
