package org.synfire.model.library;

import static org.synfire.units.Units.ms;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;

/** Spike times of one neuron and statistics of its inter-spike intervals (ISIs), in ms. */
record SpikeIntervals(double[] times) {

    /** Runs one neuron of {@code model} for {@code durationMs} at {@code dtMs} and returns its spike times. */
    static SpikeIntervals simulate(NeuronModel model, double dtMs, double durationMs, Consumer<GroupSpec.Builder> values) {
        Network net = Network.create().dt(ms.of(dtMs));
        GroupSpec g = net.group("n", 1, model, values);
        SpikeProbeSpec probe = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net).run(ms.of(durationMs));
        return new SpikeIntervals(sim.data(probe).timesOf(0, ms));
    }

    int count() {
        return times.length;
    }

    /** All ISIs in order. */
    double[] isis() {
        double[] out = new double[Math.max(0, times.length - 1)];
        for (int k = 0; k < out.length; k++) {
            out[k] = times[k + 1] - times[k];
        }
        return out;
    }

    /** ISI {@code k} (0 = between the first and second spike). */
    double isi(int k) {
        return isis()[k];
    }

    /** ISIs whose first spike lies at or after {@code fromMs}. */
    double[] isisAfter(double fromMs) {
        double[] all = isis();
        return java.util.stream.IntStream.range(0, all.length).filter(k -> times[k] >= fromMs).mapToDouble(k -> all[k]).toArray();
    }

    /** Spikes at or after {@code fromMs}. */
    long countAfter(double fromMs) {
        return Arrays.stream(times).filter(t -> t >= fromMs).count();
    }

    static double mean(double[] x) {
        return Arrays.stream(x).average().orElse(Double.NaN);
    }

    /** Coefficient of variation (population standard deviation over mean). */
    static double cv(double[] x) {
        double m = mean(x);
        double var = Arrays.stream(x).map(v -> (v - m) * (v - m)).average().orElse(Double.NaN);
        return Math.sqrt(var) / m;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%d spikes, first at %.1f ms, ISIs [", times.length,
            times.length > 0 ? times[0] : Double.NaN));
        double[] isis = isis();
        for (int k = 0; k < Math.min(isis.length, 30); k++) {
            out.append(k == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", isis[k]));
        }
        return out.append(isis.length > 30 ? " ...]" : "]").toString();
    }
}
