package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.synfire.engine.Simulation;
import org.synfire.model.library.ReferenceNetworks;
import org.synfire.probe.SpikeTrains;
import org.synfire.units.Units;

/**
 * The reference networks give Brian2's statistics. Brian2's values (mean and seed-to-seed
 * standard deviation over 5 seeds) come from {@code scripts/reference/brian2_networks.py}, which
 * wrote {@code reference/brian2_networks.properties}. Synfire runs 5 seeds of its own; the two
 * means of 5 differ by chance with standard deviation about {@code sd·sqrt(2/5)}, so the test
 * allows four of those (a chance failure about once in 16,000 runs) and fails for a real
 * difference in the dynamics larger than about 2.5 seed-to-seed deviations.
 */
@Tag("statistical")
class ReferenceNetworkTest {
    private static final int SEEDS = 5;

    private static Properties brian2() throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReferenceNetworkTest.class.getResourceAsStream("/reference/brian2_networks.properties")) {
            p.load(in);
        }
        return p;
    }

    private static void assertAgrees(Properties brian2, String key, List<Double> synfire) {
        double mean = synfire.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double expected = Double.parseDouble(brian2.getProperty(key + ".mean"));
        double sd = Double.parseDouble(brian2.getProperty(key + ".sd"));
        assertEquals(expected, mean, 4 * sd * Math.sqrt(2.0 / SEEDS), key + ": Synfire " + synfire + " vs Brian2 " + expected + " ± " + sd);
    }

    /** Mean coefficient of variation of the inter-spike intervals, over neurons with at least 3 spikes. */
    static double meanCv(SpikeTrains spikes, int neurons) {
        List<List<Double>> trains = new ArrayList<>();
        for (int i = 0; i < neurons; i++) {
            trains.add(new ArrayList<>());
        }
        int[] index = spikes.indices();
        double[] times = spikes.times(Units.second);
        for (int k = 0; k < index.length; k++) {
            trains.get(index[k]).add(times[k]);
        }
        double sum = 0;
        int counted = 0;
        for (List<Double> t : trains) {
            if (t.size() >= 3) {
                double[] isi = new double[t.size() - 1];
                for (int k = 0; k < isi.length; k++) {
                    isi[k] = t.get(k + 1) - t.get(k);
                }
                double m = java.util.Arrays.stream(isi).average().orElseThrow();
                double var = java.util.Arrays.stream(isi).map(x -> (x - m) * (x - m)).sum() / isi.length;
                sum += Math.sqrt(var) / m;
                counted++;
            }
        }
        return sum / counted;
    }

    @Test
    void cubaMatchesBrian2() throws IOException {
        List<Double> exc = new ArrayList<>();
        List<Double> inh = new ArrayList<>();
        List<Double> cv = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            ReferenceNetworks.Built cuba = ReferenceNetworks.cuba(seed);
            Simulation sim = Builder.build(cuba.network()).run(Units.second.of(1));
            SpikeTrains e = sim.spikes(cuba.spikes().get(0));
            exc.add(e.count() / 3200.0);
            inh.add(sim.spikes(cuba.spikes().get(1)).count() / 800.0);
            cv.add(meanCv(e, 3200));
        }
        Properties brian2 = brian2();
        assertAgrees(brian2, "cuba.exc_rate_hz", exc);
        assertAgrees(brian2, "cuba.inh_rate_hz", inh);
        assertAgrees(brian2, "cuba.exc_cv", cv);
    }
}
