package org.synfire.probe;

/**
 * Counts the spikes of a whole population in bins of {@code bin} steps (Brian2's
 * {@code PopulationRateMonitor} with a bin width). Memory: 4 bytes per bin, whatever the size of
 * the population or the number of spikes.
 */
public final class RateRecorder implements SpikeSink {
    private final String name;
    private final int populationSize;
    private final long bin;
    private final Window window;
    private final IntList counts = new IntList();
    private final long firstBin;

    /**
     * @param name           the probe's name
     * @param populationSize neurons in the population
     * @param bin            the bin width in steps (at least 1); bin {@code k} holds the spikes that
     *                       occurred during steps {@code [k·bin, (k+1)·bin)}, which are reported at the
     *                       ends of those steps: at times in {@code (k·bin, (k+1)·bin]·dt}
     * @param window         the steps whose spikes are counted
     */
    public RateRecorder(String name, int populationSize, long bin, Window window) {
        this.name = name;
        this.populationSize = populationSize;
        this.bin = bin;
        this.window = window;
        this.firstBin = window.start() / bin;
    }

    @Override
    public void record(int[] spiking, int count, long step) {
        long happened = step - 1;
        if (!window.contains(happened)) {
            return;
        }
        int k = (int) (happened / bin - firstBin);
        while (counts.size() <= k) {
            counts.add(0);
        }
        counts.increment(k, count);
    }

    @Override
    public void writeState(java.io.DataOutput out) throws java.io.IOException {
        counts.writeTo(out);
    }

    @Override
    public void readState(java.io.DataInput in) throws java.io.IOException {
        counts.readFrom(in);
    }

    @Override
    public void rewind() {
        counts.clear();
    }

    /** What was recorded so far, {@code now} steps into the simulation: the bins from the window's start to the one holding step {@code now - 1}. */
    @Override
    public PopulationRate recordings(double dt, long now) {
        long last = Math.min(now - 1, window.stop() - 1);
        int bins = last < window.start() ? 0 : (int) (last / bin - firstBin + 1);
        int[] all = new int[bins];
        for (int k = 0; k < counts.size() && k < bins; k++) {
            all[k] = counts.get(k);
        }
        int[] starts = new int[bins];
        for (int k = 0; k < bins; k++) {
            starts[k] = (int) ((firstBin + k) * bin);
        }
        return new PopulationRate(name, populationSize, Times.ofSteps(starts, dt), bin * dt, all);
    }
}
