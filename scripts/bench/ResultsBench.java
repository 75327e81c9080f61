// Times of the results path for one million spikes: SpikeTrains -> Tablesaw table, CSV out and
// back, raster to PNG and to SVG. Each step runs once cold (class loading, fonts, JIT) and then
// three more times; the median of those is printed.
//
// Run (from the repository root):
//   mvn -B -o -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
//   java -Djava.awt.headless=true -cp target/classes:$(cat target/classpath.txt) scripts/bench/ResultsBench.java
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.synfire.plot.Plots;
import org.synfire.probe.SpikeTrains;
import org.synfire.table.Tables;
import org.synfire.units.Units;
import tech.tablesaw.api.Table;

public final class ResultsBench {
    public static void main(String[] args) throws Exception {
        int n = 1_000_000;
        Random random = new Random(1);
        double[] t = new double[n];
        int[] neurons = new int[n];
        for (int k = 0; k < n; k++) {
            t[k] = k * 1e-3;                  // 1 s of a 10,000-neuron group at 100 Hz, in ms
            neurons[k] = random.nextInt(10_000);
        }
        SpikeTrains spikes = SpikeTrains.of("bench", 10_000, neurons, t, Units.ms);
        Path dir = Files.createTempDirectory("results-bench");
        Path csv = dir.resolve("spikes.csv");
        time("table of 1M spikes", () -> Tables.spikes(spikes).rowCount());
        Table table = Tables.spikes(spikes);
        time("CSV write", () -> {
            Tables.writeCsv(table, csv);
            return 0;
        });
        time("CSV read", () -> Tables.readCsv(csv).rowCount());
        time("raster PNG", () -> Plots.raster(spikes).png().length);
        time("raster SVG", () -> Plots.raster(spikes).svg().length);
        Plots.raster(spikes).save(dir.resolve("raster.png"));
        System.out.println("figures and CSV in " + dir);
        System.out.printf(Locale.ROOT, "CSV %.1f MB, PNG %d kB, SVG %d kB%n", Files.size(csv) / 1e6,
            Plots.raster(spikes).png().length / 1000, Plots.raster(spikes).svg().length / 1000);
    }

    private static void time(String what, Supplier<Integer> step) {
        long start = System.nanoTime();
        step.get();
        double cold = (System.nanoTime() - start) * 1e-9;
        double[] warm = new double[3];
        for (int k = 0; k < warm.length; k++) {
            start = System.nanoTime();
            step.get();
            warm[k] = (System.nanoTime() - start) * 1e-9;
        }
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "%-22s cold %6.3f s, warm median %6.3f s%n", what, cold, warm[1]);
    }
}
