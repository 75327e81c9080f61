package org.synfire.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synfire.analysis.FiCurve;
import org.synfire.analysis.Intervals;
import org.synfire.analysis.Rates;
import org.synfire.analysis.coding.PopulationVector;
import org.synfire.connectivity.Connect;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.ProjectionSpec;
import org.synfire.model.RateProbeSpec;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.SynapseProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.model.library.Library;
import org.synfire.probe.SpikeTrains;
import org.synfire.probe.StateTrace;
import org.synfire.units.Units;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TablesTest {

    @Test
    void spikeTablesAreTallWithTimeNeuronAndGroup() {
        SpikeTrains a = SpikeTrains.of("exc", new double[][] {{1, 5}, {2}}, ms);
        SpikeTrains b = SpikeTrains.of("inh", new double[][] {{0.5}}, ms);
        Map<String, SpikeTrains> groups = new LinkedHashMap<>();
        groups.put("exc", a);
        groups.put("inh", b);
        Table t = Tables.spikes(groups);
        assertEquals(List.of("t_ms", "neuron", "group"), t.columnNames());
        assertArrayEquals(new double[] {1, 2, 5, 0.5}, t.doubleColumn("t_ms").asDoubleArray(), 1e-12);
        assertArrayEquals(new int[] {0, 1, 0, 0}, t.intColumn("neuron").asIntArray());
        assertEquals(List.of("exc", "exc", "exc", "inh"), t.stringColumn("group").asList());
        assertEquals("exc", Tables.spikes(a).stringColumn("group").get(0), "one probe: group is the probe's name");
    }

    @Test
    void recordedTimesPrintAsAPersonWritesThemAndReadBackTheSame(@TempDir Path dir) throws IOException {
        Network net = Network.create().seed(3);
        GroupSpec drive = net.group("drive", 200, Library.poisson(Units.Hz.of(100)));
        GroupSpec lif = net.group("lif", 3, Library.lif(), g -> g.set("I", "0.3*nA"));
        SpikeProbeSpec spikes = net.probe(Probe.spikes(drive));
        StateProbeSpec v = net.probe(Probe.state(lif, "v").every(ms.of(0.3)));
        RateProbeSpec rate = net.probe(Probe.rate(drive, ms.of(0.7)));
        Simulation sim = Simulation.build(net).run(ms.of(200));
        Path csv = dir.resolve("spikes.csv");
        Tables.writeCsv(Tables.spikes(sim, spikes), csv);
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.size() > 3000, "enough spikes to meet every awkward product: " + lines.size());
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.matches("\\d+(\\.\\d)?,.*"), "a time of 0.1 ms steps has one decimal at most: " + line);
        }
        assertEquals(Tables.spikes(sim, spikes).doubleColumn("t_ms").asList(), Tables.readCsv(csv).doubleColumn("t_ms").asList());
        for (double t : Tables.trace(sim.data(v)).doubleColumn("t_ms").asDoubleArray()) {
            assertEquals(Math.round(t * 10) / 10.0, t, 0, "a sample every 0.3 ms");
        }
        for (double t : sim.data(rate).times(Units.second)) {
            assertEquals(Math.round(t * 1e4) / 1e4, t, 0, "a bin every 0.7 ms, in seconds");
        }
    }

    @Test
    void simulationProbesBecomeTablesOfEveryRecordedValue(@TempDir Path dir) {
        Network net = Network.create().seed(3);
        GroupSpec exc = net.group("exc", 20, Library.poisson(Units.Hz.of(80)));
        GroupSpec lif = net.group("lif", 3, Library.lif(), g -> g.set("I", new double[] {0.2, 0.3, 0.0}, Units.nA));
        SpikeProbeSpec excSpikes = net.probe(Probe.spikes(exc));
        SpikeProbeSpec lifSpikes = net.probe(Probe.spikes(lif));
        StateProbeSpec v = net.probe(Probe.state(lif, "v").neurons(0, 2).every(ms.of(1)));
        RateProbeSpec rate = net.probe(Probe.rate(exc, ms.of(10)));
        Simulation sim = Simulation.build(net).run(ms.of(100));

        Table spikes = Tables.spikes(sim, excSpikes, lifSpikes);
        long excCount = sim.data(excSpikes).count();
        assertTrue(excCount > 50, "80 Hz × 20 × 0.1 s = 160 expected spikes");
        assertEquals(excCount + sim.data(lifSpikes).count(), spikes.rowCount());
        assertEquals(excCount, spikes.stringColumn("group").isEqualTo("exc").size());
        assertArrayEquals(sim.data(lifSpikes).times(ms),
            spikes.where(spikes.stringColumn("group").isEqualTo("lif")).doubleColumn("t_ms").asDoubleArray(), 0);

        StateTrace trace = sim.data(v);
        Table tall = Tables.trace(trace);
        assertEquals(List.of("t_ms", "neuron", "v_mV"), tall.columnNames());
        assertEquals(2 * trace.samples(), tall.rowCount());
        Table second = tall.where(tall.intColumn("neuron").isEqualTo(2));
        assertArrayEquals(trace.values("v", 1, Units.mV), second.doubleColumn("v_mV").asDoubleArray(), 0);
        assertArrayEquals(trace.times(ms), second.doubleColumn("t_ms").asDoubleArray(), 0);
        assertEquals("v_V", Tables.trace(trace, Map.of("v", Units.volt)).column(2).name());

        Table wide = Tables.traceWide(trace, "v");
        assertEquals(List.of("t_ms", "v_mV[0]", "v_mV[2]"), wide.columnNames());
        assertArrayEquals(trace.values("v", 0, Units.mV), wide.doubleColumn("v_mV[0]").asDoubleArray(), 0);
        Tables.writeCsv(wide, dir.resolve("wide.csv"));
        Table wideBack = Tables.readCsv(dir.resolve("wide.csv"));
        assertEquals(wide.columnNames(), wideBack.columnNames());
        assertArrayEquals(wide.doubleColumn("v_mV[2]").asDoubleArray(), wideBack.doubleColumn("v_mV[2]").asDoubleArray(), 0);

        Table r = Tables.rate(sim.data(rate));
        assertEquals(List.of("t_ms", "count", "rate_Hz"), r.columnNames());
        assertEquals(10, r.rowCount());
        assertEquals(excCount, (long) r.intColumn("count").sum());
    }

    @Test
    void analysisResultsBecomeTablesToo() {
        SpikeTrains s = SpikeTrains.of("hand", new double[][] {{10, 20, 40, 70}, {5}, {}}, ms);
        Table each = Tables.perNeuron(s, ms.of(0), ms.of(100));
        assertEquals(List.of("neuron", "count", "rate_Hz", "cv", "lv"), each.columnNames());
        assertArrayEquals(new int[] {4, 1, 0}, each.intColumn("count").asIntArray());
        assertArrayEquals(new double[] {40, 10, 0}, each.doubleColumn("rate_Hz").asDoubleArray(), 1e-9);
        // Intervals 10, 20, 30 ms: mean 20, sample sd 10.
        assertEquals(0.5, each.doubleColumn("cv").get(0), 1e-12);
        assertTrue(each.doubleColumn("cv").isMissing(1), "NaN is a missing value in Tablesaw");

        Table isi = Tables.histogram(Intervals.histogram(s, ms.of(10), ms.of(40)));
        assertEquals(List.of("ISI_low_ms", "ISI_high_ms", "count"), isi.columnNames());
        assertArrayEquals(new int[] {0, 1, 1, 1}, isi.intColumn("count").asIntArray());
        assertEquals("ISI low (ms)", Columns.label("ISI_low_ms"));

        Table smooth = Tables.rate(Rates.binned(s, ms.of(50), ms.of(0), ms.of(100)));
        assertEquals(List.of("t_ms", "rate_Hz"), smooth.columnNames());
        // Bin 0 holds 4 spikes of 3 neurons in 50 ms (26.7 Hz), bin 1 one spike (6.7 Hz).
        assertArrayEquals(new double[] {80.0 / 3, 20.0 / 3}, smooth.doubleColumn("rate_Hz").asDoubleArray(), 1e-9);

        Table fi = Tables.fi(new FiCurve("lif", new double[] {0.1, 0.2}, Units.nA, new double[] {0, 63}));
        assertEquals(List.of("I_nA", "rate_Hz"), fi.columnNames());
    }

    @Test
    void networkDescriptionsListGroupsAndProjections() {
        Network net = Network.create().seed(1);
        GroupSpec a = net.group("a", 10, Library.lif());
        GroupSpec b = net.group("b", 4, Library.lif());
        ProjectionSpec ab = net.connect("ab", a, b, SynapseModel.of("w", "w : volt").onPre("v_post += w"), Connect.allToAll(),
            p -> p.set("w", Units.mV.of(0.5)).delay(ms.of(1.5)));
        SynapseProbeSpec w = net.probe(Probe.synapses(ab, "w").synapses(0, 7).every(ms.of(1)));
        Simulation sim = Simulation.build(net).run(ms.of(5));

        Table traced = Tables.synapseTrace(sim.data(w));
        assertEquals(List.of("t_ms", "synapse", "w_uV"), traced.columnNames());
        assertEquals(10, traced.rowCount(), "2 synapses × 5 samples");
        assertEquals(List.of(0, 7), traced.intColumn("synapse").unique().asList());
        assertEquals(500, traced.doubleColumn("w_uV").max(), 1e-3);

        Table groups = Tables.groups(sim);
        assertEquals(List.of("a", "b"), groups.stringColumn("group").asList());
        assertArrayEquals(new int[] {10, 4}, groups.intColumn("size").asIntArray());
        assertTrue(groups.stringColumn("parameters").get(0).contains("tau = 10 ms"), groups.stringColumn("parameters").get(0));

        Table projections = Tables.projections(sim);
        assertEquals(1, projections.rowCount());
        assertEquals(40, projections.intColumn("synapses").get(0));
        // 0.5 mV is shown as 500 uV (the display unit puts it in [1, 1000)); w is stored in single precision.
        assertEquals(500, projections.doubleColumn("weight_mean").get(0), 1e-3);
        assertEquals("uV", projections.stringColumn("weight_unit").get(0));
        assertEquals(1.5, projections.doubleColumn("delay_mean_ms").get(0), 1e-9);

        Table synapses = Tables.synapses(sim, "ab");
        assertEquals(List.of("synapse", "source", "target", "delay_ms", "w_uV"), synapses.columnNames());
        assertEquals(40, synapses.rowCount());
        assertEquals(500, synapses.doubleColumn("w_uV").mean(), 1e-3);
        assertArrayEquals(sim.projection("ab").targets(), synapses.intColumn("target").asIntArray());
    }

    @Test
    void csvRoundTripsExactly(@TempDir Path dir) {
        Table t = Table.create("awkward",
            DoubleColumn.create("t_ms", new double[] {0.1, 1.0 / 3, 1e-20, 12345678.123456789, Double.NaN, 5, -0.0}),
            IntColumn.create("neuron", new int[] {0, 1, 2, 3, 4, 5, Integer.MAX_VALUE}),
            StringColumn.create("group", new String[] {"1", "a,b", "\"quoted\"", "exc", "inh", "x y", "ü"}),
            DoubleColumn.create("delay_mean_ms", new double[] {1, 2, 3, 4, 5, 6, 7}));
        Path file = dir.resolve("sub/awkward.csv");
        Tables.writeCsv(t, file);
        Table back = Tables.readCsv(file);
        assertEquals(t.columnNames(), back.columnNames());
        assertEquals(ColumnType.DOUBLE, back.column("delay_mean_ms").type(), "integral doubles stay doubles");
        assertEquals(ColumnType.STRING, back.column("group").type(), "a group named 1 stays a name");
        double[] expected = t.doubleColumn("t_ms").asDoubleArray();
        double[] got = back.doubleColumn("t_ms").asDoubleArray();
        for (int k = 0; k < expected.length; k++) {
            assertEquals(Double.doubleToLongBits(expected[k]), Double.doubleToLongBits(got[k]), "row " + k + ": " + expected[k] + " vs " + got[k]);
        }
        assertArrayEquals(t.intColumn("neuron").asIntArray(), back.intColumn("neuron").asIntArray());
        assertEquals(t.stringColumn("group").asList(), back.stringColumn("group").asList());
    }

    @Test
    void aMillionSpikesMakeATableOfEveryOneInOrder() {
        // Its speed is scripts/bench/ResultsBench's business; here, that nothing is lost or reordered at scale.
        int n = 1_000_000;
        int[] neurons = new int[n];
        double[] times = new double[n];
        for (int k = 0; k < n; k++) {
            neurons[k] = k % 1000;
            times[k] = k * 1e-3;    // in ms: a 1000-neuron group firing for 1 s
        }
        Table t = Tables.spikes(SpikeTrains.of("big", 1000, neurons, times, ms));
        assertEquals(n, t.rowCount());
        assertEquals(999.999, t.doubleColumn("t_ms").get(n - 1), 1e-9);
        assertEquals(999, t.intColumn("neuron").get(n - 1));
        assertEquals(500.5, t.doubleColumn("t_ms").get(500_500), 1e-9);
    }

    @Test
    void aPopulationVectorIsOneRowPerBinWithItsAngleLengthAndCount() {
        // Four neurons at 0, 90, 180, 270 degrees; bin [0, 100): neurons 1 and 2 once each, so the
        // vector points at 135 degrees with length sqrt(2)/2; bin [100, 200): no spikes.
        SpikeTrains s = SpikeTrains.of("ring", 4, new int[] {1, 2}, new double[] {20, 70}, ms);
        Table t = Tables.populationVector(PopulationVector.ring(s, ms.of(100), ms.of(0), ms.of(200)));
        assertEquals(List.of("t_ms", "angle_deg", "length", "count"), t.columnNames());
        assertEquals("ring", t.name());
        assertArrayEquals(new double[] {0, 100}, t.doubleColumn("t_ms").asDoubleArray(), 1e-12);
        assertEquals(135, t.doubleColumn("angle_deg").get(0), 1e-12);
        assertEquals(Math.sqrt(0.5), t.doubleColumn("length").get(0), 1e-12);
        assertTrue(t.doubleColumn("angle_deg").isMissing(1), "an empty bin has no angle");
        assertArrayEquals(new int[] {2, 0}, t.intColumn("count").asIntArray());
    }

    @Test
    void mistakesNameThePlaceAndTheFix(@TempDir Path dir) {
        TableException missing = assertThrows(TableException.class, () -> Tables.readCsv(dir.resolve("none.csv")));
        assertTrue(missing.getMessage().contains("none.csv") && missing.getMessage().contains("Tables.writeCsv"), missing.getMessage());
        Table t = Tables.spikes(SpikeTrains.of("s", new double[][] {{1}}, ms));
        TableException column = assertThrows(TableException.class, () -> Tables.doubles(t, "v_mV"));
        assertTrue(column.getMessage().contains("'v_mV'") && column.getMessage().contains("[t_ms, neuron, group]"), column.getMessage());
        TableException text = assertThrows(TableException.class, () -> Tables.doubles(t, "group"));
        assertTrue(text.getMessage().contains("not numeric"), text.getMessage());
        IllegalArgumentException neuron = assertThrows(IllegalArgumentException.class,
            () -> SpikeTrains.of("bad", 3, new int[] {0, 3}, new double[] {1, 2}, ms));
        assertTrue(neuron.getMessage().contains("spike 1 is from neuron 3, outside the group's 0..2"), neuron.getMessage());
    }

    @Test
    void aDamagedCsvNamesTheLineAndTheValue(@TempDir Path dir) throws IOException {
        Path letters = dir.resolve("letters.csv");
        Files.writeString(letters, "t_ms,neuron,group\n1.0,3,exc\n2.0,abc,exc\n");
        TableException cell = assertThrows(TableException.class, () -> Tables.readCsv(letters));
        assertTrue(cell.getMessage().contains("line 3, column 'neuron': 'abc' is not a whole number"), cell.getMessage());
        Path cut = dir.resolve("cut.csv");
        Files.writeString(cut, "t_ms,neuron,group\n1.0,3,exc\n2.0,4\n");
        TableException shortLine = assertThrows(TableException.class, () -> Tables.readCsv(cut));
        assertTrue(shortLine.getMessage().contains("line 3 has 2 values where the header names 3 (t_ms, neuron, group)"), shortLine.getMessage());
        assertFalse(shortLine.getMessage().contains("Error while adding cell"), "our words, not Tablesaw's: " + shortLine.getMessage());
    }

    @Test
    void aWriteThatFailsPartWayLeavesThePreviousFileWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("spikes.csv");
        Tables.writeCsv(Tables.spikes(SpikeTrains.of("s", new double[][] {{1, 2}}, ms)), file);
        String before = Files.readString(file);
        double[] many = new double[1000];
        Arrays.setAll(many, k -> k * 0.1);
        Table big = Tables.spikes(SpikeTrains.of("s", new double[][] {many}, ms));
        TableException e = assertThrows(TableException.class, () -> Tables.writeCsv(big, file, out -> new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 500) {
                    throw new IOException("No space left on device");
                }
                super.write(b);
            }
        }));
        assertTrue(e.getMessage().contains("No space left on device") && e.getMessage().contains("the file there is as it was"), e.getMessage());
        assertEquals(before, Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no partial file left behind");
        }
    }

    @Test
    void columnNamesCarryTheirUnits() {
        assertEquals("v_mV", Columns.name("v", Units.mV));
        assertEquals("count", Columns.name("count", Units.one));
        assertEquals("v_mV[3]", Columns.name("v", Units.mV, 3));
        assertEquals(Units.mV, Columns.unit("v_mV[3]").orElseThrow());
        assertEquals(Units.ms, Columns.unit("delay_mean_ms").orElseThrow());
        assertTrue(Columns.unit("weight_mean").isEmpty());
        assertTrue(Columns.unit("neuron").isEmpty());
        assertEquals("v (mV)", Columns.label("v_mV[3]"));
        assertEquals("delay mean (ms)", Columns.label("delay_mean_ms"));
        assertEquals("rate (Hz)", Columns.label("rate_Hz"));
        assertEquals("count", Columns.label("count"));
    }
}
