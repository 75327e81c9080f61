package org.synfire.engine;

/**
 * A group that emits spikes at given steps (Brian2's {@code SpikeGeneratorGroup}): events sorted
 * by step and index, replayed by a cursor. An event at step {@code s} is emitted by the update
 * of step {@code s - 1}, so it is reported, like every spike, at the end of that step: at
 * exactly {@code s·dt}.
 */
public final class SpikeSourceState implements Population {
    private final String name;
    private final int size;
    private final int[] neurons;
    private final long[] steps;
    private int cursor;

    /**
     * @param name    the source's name, for messages, tables and legends
     * @param size    the number of sources
     * @param neurons index of each event's source
     * @param steps   step of each event, at least 1, sorted ascending with indices ascending within a
     *                step and no index twice in a step (the build guarantees this)
     */
    public SpikeSourceState(String name, int size, int[] neurons, long[] steps) {
        this.name = name;
        this.size = size;
        this.neurons = neurons.clone();
        this.steps = steps.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void prepare(double dt) {
        // Runs continue where the last one stopped, so the cursor stays.
    }

    /** What identifies this source for a checkpoint: name, size and its events. */
    String fingerprint() {
        return "source " + name + ": " + size + " sources, events " + Integer.toHexString(java.util.Arrays.hashCode(neurons) * 31
            + java.util.Arrays.hashCode(steps));
    }

    /** The replay position; the events themselves come from the spec. */
    @Override
    public void writeState(java.io.DataOutput out) throws java.io.IOException {
        out.writeInt(cursor);
    }

    @Override
    public void readState(java.io.DataInput in) throws java.io.IOException {
        cursor = in.readInt();
    }

    @Override
    public void rewind() {
        cursor = 0;
    }

    @Override
    public int update(long step, int[] spikes) {
        while (cursor < steps.length && steps[cursor] <= step) {
            cursor++;
        }
        int count = 0;
        while (cursor < steps.length && steps[cursor] == step + 1) {
            spikes[count++] = neurons[cursor++];
        }
        return count;
    }
}
