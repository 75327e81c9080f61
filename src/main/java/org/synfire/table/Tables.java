package org.synfire.table;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.synfire.analysis.FiCurve;
import org.synfire.analysis.Histogram;
import org.synfire.analysis.Intervals;
import org.synfire.analysis.RateSignal;
import org.synfire.analysis.Rates;
import org.synfire.analysis.coding.PopulationVector;
import org.synfire.build.BuildReport;
import org.synfire.sim.GroupView;
import org.synfire.sim.ProjectionView;
import org.synfire.sim.Simulation;
import org.synfire.sim.SimulationException;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.morphology.Morphology;
import org.synfire.probe.PopulationRate;
import org.synfire.probe.SpikeTrains;
import org.synfire.probe.StateTrace;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.Units;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.AddCellToColumnException;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Recordings and network descriptions as Tablesaw tables, and CSV in and out. Columns follow the
 * {@link Columns} convention ({@code t_ms}, {@code v_mV}, {@code neuron}, {@code group}); times
 * are in milliseconds. Every table is built column by column from primitive arrays (one copy, no
 * boxing), so a million spikes take tens of milliseconds once Tablesaw's classes are loaded.
 *
 * <pre>{@code
 * Table spikes = Tables.spikes(sim, excProbe, inhProbe);   // t_ms, neuron, group
 * Table v = Tables.trace(sim.data(vProbe));               // t_ms, neuron, v_mV
 * Tables.writeCsv(spikes, Path.of("out/spikes.csv"));
 * Table back = Tables.readCsv(Path.of("out/spikes.csv"));  // equal, cell for cell
 * }</pre>
 */
public final class Tables {
    /** Index columns: int in every table, and read back as int from CSV. */
    private static final Set<String> INT_COLUMNS = Set.of("neuron", "compartment", "synapse", "source", "target", "count", "size", "synapses",
        "bin");
    /** Name columns: strings, whatever they look like ("1" stays a group name). */
    private static final Set<String> STRING_COLUMNS = Set.of("group", "model", "method", "parameters", "projection", "rule",
        "delivery", "weight", "weight_unit", "variable");

    private Tables() {
    }

    /**
     * The spikes of one probe: {@code t_ms}, {@code neuron}, and {@code group} set to the probe's name.
     *
     * @param trains the recorded spikes
     * @return one row per spike, in time order
     */
    public static Table spikes(SpikeTrains trains) {
        return spikes(trains.name(), trains);
    }

    /**
     * The spikes of one probe, with {@code group} set to {@code group}.
     *
     * @param group  the text of the {@code group} column
     * @param trains the recorded spikes
     * @return one row per spike, in time order
     */
    public static Table spikes(String group, SpikeTrains trains) {
        Map<String, SpikeTrains> one = new LinkedHashMap<>();
        one.put(group, trains);
        return spikes(one);
    }

    /**
     * The spikes of several groups in one tall table: the groups one after another, in the map's
     * order, each in time order.
     *
     * @param byGroup the spikes of each group, by the text of its {@code group} column
     * @return one row per spike
     */
    public static Table spikes(Map<String, SpikeTrains> byGroup) {
        int total = byGroup.values().stream().mapToInt(SpikeTrains::count).sum();
        double[] t = new double[total];
        int[] neuron = new int[total];
        StringColumn group = StringColumn.create("group");
        int at = 0;
        for (Map.Entry<String, SpikeTrains> e : byGroup.entrySet()) {
            SpikeTrains s = e.getValue();
            System.arraycopy(s.times(Units.ms), 0, t, at, s.count());
            System.arraycopy(s.indices(), 0, neuron, at, s.count());
            for (int k = 0; k < s.count(); k++) {
                group.append(e.getKey());
            }
            at += s.count();
        }
        return Table.create("spikes", DoubleColumn.create("t_ms", t), IntColumn.create("neuron", neuron), group);
    }

    /**
     * The spikes recorded by spike probes of {@code sim}, with {@code group} set to each probe's group or slice ({@code exc[0:400]}).
     *
     * @param sim    the simulation that recorded them
     * @param probes one or more of its spike probes
     * @return one row per spike, probe after probe
     * @throws TableException if no probe is given
     */
    public static Table spikes(Simulation sim, SpikeProbeSpec... probes) {
        if (probes.length == 0) {
            throw new TableException("Tables.spikes(sim): name the spike probes to tabulate, e.g. Tables.spikes(sim, excSpikes, inhSpikes)");
        }
        Map<String, SpikeTrains> byGroup = new LinkedHashMap<>();
        for (SpikeProbeSpec p : probes) {
            String key = byGroup.containsKey(p.targetLabel()) ? p.name() : p.targetLabel();
            byGroup.put(key, sim.data(p));
        }
        return spikes(byGroup);
    }

    /**
     * A state trace in tall format: one row per sample and neuron ({@code t_ms}, {@code neuron},
     * then one column per variable), each variable in the display unit of its largest magnitude.
     *
     * @param trace the recorded trace
     * @return the table, named after the probe
     */
    public static Table trace(StateTrace trace) {
        return trace(trace, Map.of());
    }

    /**
     * A state trace in tall format, with the units of some variables chosen: {@code Map.of("v", Units.mV)}.
     *
     * @param trace the recorded trace
     * @param units the unit of some variables; the others in the display unit of their largest magnitude
     * @return the table, named after the probe
     */
    public static Table trace(StateTrace trace, Map<String, Unit> units) {
        return tall(trace, "neuron", units);
    }

    /**
     * A state trace of spatial neurons (made by {@code Network.spatial}) in tall format: {@code t_ms},
     * {@code neuron}, {@code compartment}, {@code x_um} (the compartment's distance from the soma
     * along the tree), then one column per variable. The probe's recorded elements are
     * compartments, element {@code e} being compartment {@code e % compartments} of neuron
     * {@code e / compartments}.
     *
     * @param morphology the neurons' shape, as given to {@code Network.spatial}
     * @param trace a trace of a spatial group's probe
     * @return one row per sample and compartment
     */
    public static Table alongCable(StateTrace trace, Morphology morphology) {
        int compartments = morphology.size();
        Table tall = tall(trace, "neuron", Map.of());
        int[] elements = tall.intColumn("neuron").asIntArray();
        int[] neuron = new int[elements.length];
        int[] compartment = new int[elements.length];
        double[] x = new double[elements.length];
        double[] distance = morphology.distances(Units.um);
        for (int r = 0; r < elements.length; r++) {
            neuron[r] = elements[r] / compartments;
            compartment[r] = elements[r] % compartments;
            x[r] = distance[compartment[r]];
        }
        tall.replaceColumn("neuron", IntColumn.create("neuron", neuron));
        tall.insertColumn(2, IntColumn.create("compartment", compartment));
        tall.insertColumn(3, DoubleColumn.create("x_um", x));
        return tall;
    }

    /**
     * A synapse probe's trace in tall format: like {@link #trace} with a {@code synapse} index column.
     *
     * @param trace the trace a synapse probe recorded
     * @return one row per sample and synapse
     */
    public static Table synapseTrace(StateTrace trace) {
        return tall(trace, "synapse", Map.of());
    }

    /**
     * One variable of a state trace in wide format: {@code t_ms}, then {@code v_mV[i]} per recorded neuron.
     *
     * @param trace    the recorded trace
     * @param variable one of its variables
     * @return one row per sample
     * @throws TableException if the probe did not record {@code variable}
     */
    public static Table traceWide(StateTrace trace, String variable) {
        Unit unit = unitOf(trace, variable, Map.of());
        int[] neurons = trace.neurons();
        Table table = Table.create(trace.name() + " " + variable, DoubleColumn.create("t_ms", trace.times(Units.ms)));
        for (int p = 0; p < neurons.length; p++) {
            table.addColumns(DoubleColumn.create(Columns.name(variable, unit, neurons[p]), trace.values(variable, p, unit)));
        }
        return table;
    }

    private static Table tall(StateTrace trace, String index, Map<String, Unit> units) {
        for (String v : units.keySet()) {
            if (!trace.variables().contains(v)) {
                throw new TableException("Tables.trace: probe " + trace.name() + " did not record '" + v + "'; it recorded " + trace.variables());
            }
        }
        int samples = trace.samples();
        int[] neurons = trace.neurons();
        int rows = samples * neurons.length;
        double[] times = trace.times(Units.ms);
        double[] t = new double[rows];
        int[] idx = new int[rows];
        for (int p = 0; p < neurons.length; p++) {
            System.arraycopy(times, 0, t, p * samples, samples);
            Arrays.fill(idx, p * samples, (p + 1) * samples, neurons[p]);
        }
        Table table = Table.create(trace.name(), DoubleColumn.create("t_ms", t), IntColumn.create(index, idx));
        for (String v : trace.variables()) {
            Unit unit = unitOf(trace, v, units);
            double[] values = new double[rows];
            for (int p = 0; p < neurons.length; p++) {
                System.arraycopy(trace.values(v, p, unit), 0, values, p * samples, samples);
            }
            table.addColumns(DoubleColumn.create(Columns.name(v, unit), values));
        }
        return table;
    }

    private static Unit unitOf(StateTrace trace, String variable, Map<String, Unit> chosen) {
        Unit unit = chosen.get(variable);
        return unit != null ? unit : Columns.unitFor(trace, variable);
    }

    /**
     * A population rate: {@code t_ms} (start of each bin), {@code count}, {@code rate_Hz}.
     *
     * @param rate a rate probe's recording
     * @return one row per bin
     */
    public static Table rate(PopulationRate rate) {
        return Table.create(rate.name(), DoubleColumn.create("t_ms", rate.times(Units.ms)),
            IntColumn.create("count", rate.counts()), DoubleColumn.create("rate_Hz", rate.rates()));
    }

    /**
     * A population rate from {@link Rates}: {@code t_ms}, {@code rate_Hz}.
     *
     * @param signal a rate computed from spikes
     * @return one row per sample
     */
    public static Table rate(RateSignal signal) {
        return Table.create(signal.name(), DoubleColumn.create("t_ms", signal.times(Units.ms)),
            DoubleColumn.create("rate_Hz", signal.hz()));
    }

    /**
     * Each neuron's firing over {@code [from, to)}: {@code neuron}, {@code count}, {@code rate_Hz},
     * and the {@code cv} and {@code lv} of all its intervals (NaN, which Tablesaw shows as missing, below three spikes).
     *
     * @param trains the recorded spikes
     * @param from   the start of the window, a time
     * @param to     its end, a later time
     * @return one row per neuron of {@code trains}
     */
    public static Table perNeuron(SpikeTrains trains, Quantity from, Quantity to) {
        double[] rates = Rates.perNeuron(trains, from, to);
        int[][] counts = Rates.counts(trains, to.minus(from), from, to);
        int[] index = new int[rates.length];
        int[] count = new int[rates.length];
        for (int i = 0; i < rates.length; i++) {
            index[i] = i;
            count[i] = counts[i][0];
        }
        return Table.create(trains.name(), IntColumn.create("neuron", index), IntColumn.create("count", count),
            DoubleColumn.create("rate_Hz", rates), DoubleColumn.create("cv", Intervals.cv(trains)),
            DoubleColumn.create("lv", Intervals.lv(trains)));
    }

    /**
     * A histogram: the bin edges ({@code ISI_low_ms}, {@code ISI_high_ms}) and {@code count}.
     *
     * @param h a histogram from {@code Intervals} or another analysis
     * @return one row per bin
     */
    public static Table histogram(Histogram h) {
        double[] edges = h.edges();
        int bins = h.counts().length;
        String q = h.quantity().replace(' ', '_');
        return Table.create(h.quantity(), DoubleColumn.create(Columns.name(q + "_low", h.unit()), Arrays.copyOf(edges, bins)),
            DoubleColumn.create(Columns.name(q + "_high", h.unit()), Arrays.copyOfRange(edges, 1, bins + 1)),
            IntColumn.create("count", h.counts()));
    }

    /**
     * An f–I curve: the current ({@code I_nA}, in the curve's unit) and {@code rate_Hz}.
     *
     * @param curve the measured curve
     * @return one row per current
     */
    public static Table fi(FiCurve curve) {
        return Table.create(curve.name(), DoubleColumn.create(Columns.name("I", curve.unit()), curve.currents()),
            DoubleColumn.create("rate_Hz", curve.rates()));
    }

    /**
     * A population vector decoded bin by bin: {@code t_ms} (start of each bin), {@code angle_deg}
     * (the decoded angle, 0 to 360; missing in a bin without spikes), {@code length} (0 to 1) and
     * {@code count} (spikes in the bin).
     *
     * <pre>{@code
     * Table track = Tables.populationVector(PopulationVector.ring(trains, ms.of(50), ms.of(0), ms.of(2500)));
     * }</pre>
     *
     * @param vector the decoded vector
     * @return one row per bin
     */
    public static Table populationVector(PopulationVector vector) {
        return Table.create(vector.name(), DoubleColumn.create("t_ms", vector.times(Units.ms)),
            DoubleColumn.create("angle_deg", vector.anglesDeg()), DoubleColumn.create("length", vector.lengths()),
            IntColumn.create("count", vector.counts()));
    }

    /**
     * The neuron groups of a simulation: {@code group}, {@code model}, {@code size}, {@code method}
     * (integration), and {@code parameters}, the shared parameters as {@code name = value} text.
     *
     * @param sim a built or run simulation
     * @return one row per group
     */
    public static Table groups(Simulation sim) {
        StringColumn name = StringColumn.create("group");
        StringColumn model = StringColumn.create("model");
        IntColumn size = IntColumn.create("size");
        StringColumn method = StringColumn.create("method");
        StringColumn parameters = StringColumn.create("parameters");
        for (BuildReport.GroupReport g : sim.report().groups()) {
            name.append(g.name());
            model.append(g.model());
            size.append(g.size());
            method.append(g.method());
            parameters.append(parametersOf(sim, g.name()));
        }
        return Table.create("groups", name, model, size, method, parameters);
    }

    private static String parametersOf(Simulation sim, String group) {
        GroupView state;
        try {
            state = sim.group(group);
        } catch (SimulationException spikeSource) {
            // Spike sources have no parameters to list.
            return "";
        }
        List<String> shared = new ArrayList<>();
        for (String v : state.variables()) {
            if (!state.isPerNeuron(v)) {
                shared.add(v + " = " + state.get(v, 0));
            }
        }
        return String.join("; ", shared);
    }

    /**
     * The projections of a simulation: {@code projection}, {@code source}, {@code target},
     * {@code rule}, {@code synapses}, {@code delivery}, the weight variable ({@code weight}:
     * {@code w} where the synapse model has one, else its first variable), its mean
     * ({@code weight_mean}, in {@code weight_unit}, which differs between projections), and
     * {@code delay_min_ms}, {@code delay_mean_ms}, {@code delay_max_ms}. Empty projections have
     * NaN means.
     *
     * @param sim a built or run simulation
     * @return one row per projection
     */
    public static Table projections(Simulation sim) {
        StringColumn name = StringColumn.create("projection");
        StringColumn source = StringColumn.create("source");
        StringColumn target = StringColumn.create("target");
        StringColumn rule = StringColumn.create("rule");
        IntColumn synapses = IntColumn.create("synapses");
        StringColumn delivery = StringColumn.create("delivery");
        StringColumn weight = StringColumn.create("weight");
        DoubleColumn weightMean = DoubleColumn.create("weight_mean");
        StringColumn weightUnit = StringColumn.create("weight_unit");
        DoubleColumn delayMin = DoubleColumn.create("delay_min_ms");
        DoubleColumn delayMean = DoubleColumn.create("delay_mean_ms");
        DoubleColumn delayMax = DoubleColumn.create("delay_max_ms");
        double dtMs = sim.dt().in(Units.ms);
        for (BuildReport.ProjectionReport r : sim.report().projections()) {
            ProjectionView p = sim.projection(r.name());
            name.append(r.name());
            source.append(r.source());
            target.append(r.target());
            rule.append(r.rule());
            synapses.append(r.synapses());
            delivery.append(r.delivery());
            Optional<String> w = p.variables().contains("w") ? Optional.of("w") : p.variables().stream().findFirst();
            weight.append(w.orElse(""));
            if (w.isPresent()) {
                double[] si = p.valuesSi(w.get());
                Unit unit = Units.displayUnit(Quantity.si(maxAbs(si), p.dimension(w.get())));
                weightMean.append(Quantity.si(mean(si), p.dimension(w.get())).in(unit));
                weightUnit.append(unit.symbol());
            } else {
                weightMean.append(Double.NaN);
                weightUnit.append("");
            }
            int[] delays = p.delaySteps();
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            double sum = 0;
            for (int d : delays) {
                lo = Math.min(lo, d);
                hi = Math.max(hi, d);
                sum += d;
            }
            delayMin.append(delays.length == 0 ? Double.NaN : lo * dtMs);
            delayMean.append(delays.length == 0 ? Double.NaN : sum / delays.length * dtMs);
            delayMax.append(delays.length == 0 ? Double.NaN : hi * dtMs);
        }
        return Table.create("projections", name, source, target, rule, synapses, delivery, weight, weightMean, weightUnit,
            delayMin, delayMean, delayMax);
    }

    /**
     * Every synapse of a projection: {@code synapse}, {@code source}, {@code target},
     * {@code delay_ms}, then one column per synapse variable in the display unit of its largest
     * magnitude ({@code w_nS}).
     *
     * @param sim        a built or run simulation
     * @param projection the projection's name
     * @return one row per synapse, in synapse order
     */
    public static Table synapses(Simulation sim, String projection) {
        ProjectionView p = sim.projection(projection);
        int n = p.size();
        int[] index = new int[n];
        for (int s = 0; s < n; s++) {
            index[s] = s;
        }
        double dtMs = sim.dt().in(Units.ms);
        int[] steps = p.delaySteps();
        double[] delay = new double[n];
        for (int s = 0; s < n; s++) {
            delay[s] = steps[s] * dtMs;
        }
        Table table = Table.create(projection, IntColumn.create("synapse", index), IntColumn.create("source", p.sources()),
            IntColumn.create("target", p.targets()), DoubleColumn.create("delay_ms", delay));
        for (String v : p.variables()) {
            double[] si = p.valuesSi(v);
            Unit unit = Units.displayUnit(Quantity.si(maxAbs(si), p.dimension(v)));
            double factor = Quantity.si(1, p.dimension(v)).in(unit);
            for (int s = 0; s < n; s++) {
                si[s] *= factor;
            }
            table.addColumns(DoubleColumn.create(Columns.name(v, unit), si));
        }
        return table;
    }

    /**
     * Writes a table as CSV (comma-separated, header line, doubles in Java's shortest exact form,
     * so {@link #readCsv} gets the same bits back). Creates missing parent folders. The file
     * appears whole or not at all: it is written beside its place and renamed, so a failed write
     * leaves the previous file, if any, as it was.
     *
     * @param table the table to write
     * @param file  where, e.g. {@code out/spikes.csv}
     * @throws TableException if the file cannot be written
     */
    public static void writeCsv(Table table, Path file) {
        writeCsv(table, file, UnaryOperator.identity());
    }

    /** {@link #writeCsv(Table, Path)} through {@code through}, which a test makes fail part-way. */
    static void writeCsv(Table table, Path file, UnaryOperator<OutputStream> through) {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".writing");
        FailureKeeper kept = null;
        try {
            Files.createDirectories(target.getParent());
            try (FailureKeeper out = new FailureKeeper(through.apply(new BufferedOutputStream(Files.newOutputStream(partial))))) {
                kept = out;
                table.write().csv(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // The write's own failure is the one to report.
            }
            Throwable cause = kept != null && kept.failure != null ? kept.failure : e;
            throw new TableException("cannot write table " + table.name() + " to " + file + " (" + cause.getClass().getSimpleName() + ": "
                + cause.getMessage() + "); " + (Files.exists(target) ? "the file there is as it was" : "no file was written"), e);
        }
    }

    /** Keeps the first I/O error of the stream under it: Tablesaw's CSV writer reports a failed flush without its cause. */
    private static final class FailureKeeper extends FilterOutputStream {
        private IOException failure;

        FailureKeeper(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw keep(e);
            }
        }

        private IOException keep(IOException e) {
            failure = failure == null ? e : failure;
            return e;
        }
    }

    /**
     * Reads a CSV file written by {@link #writeCsv}. Column types follow the {@link Columns}
     * convention (a column with a unit suffix is double, index columns are int, name columns are
     * strings) so a round trip is exact; other columns are detected by Tablesaw. The table is named
     * after the file.
     *
     * @param file a CSV file {@link #writeCsv} wrote
     * @return the table
     * @throws TableException if there is no such file or a cell does not fit its column
     */
    public static Table readCsv(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TableException("Tables.readCsv: no file " + file.toAbsolutePath() + "; write one with Tables.writeCsv(table, path)");
        }
        try {
            CsvReadOptions options = CsvReadOptions.builder(file.toFile())
                .tableName(file.getFileName().toString().replaceFirst("\\.csv$", ""))
                .columnTypesPartial(Tables::typeOf)
                .ignoreZeroDecimal(false)
                .build();
            return Table.read().usingOptions(options);
        } catch (AddCellToColumnException e) {
            throw new TableException("Tables.readCsv(" + file + "): " + badCell(file, e), e);
        } catch (RuntimeException e) {
            throw new TableException("Tables.readCsv(" + file + "): " + e.getMessage(), e);
        }
    }

    /** Where a CSV file stops fitting its header or its column types, as the file's line and the value found there. */
    private static String badCell(Path file, AddCellToColumnException e) {
        long line = e.getRowNumber() + 1;
        List<String> header = e.getColumnNames();
        String text;
        try (java.util.stream.Stream<String> lines = Files.lines(file)) {
            text = lines.skip(line - 1).findFirst().orElse("");
        } catch (IOException | UncheckedIOException unreadable) {
            text = "";
        }
        String[] values = text.split(",", -1);
        String damaged = "; the file is damaged or was not written by Tables.writeCsv: mend or remove that line";
        if (values.length != header.size()) {
            return "line " + line + " has " + values.length + " value" + (values.length == 1 ? "" : "s") + " where the header names "
                + header.size() + " (" + String.join(", ", header) + ")" + damaged;
        }
        String column = e.getColumnName();
        String expected = typeOf(column).map(t -> "is not " + (t == ColumnType.INTEGER ? "a whole number" : t == ColumnType.DOUBLE ? "a number" : "text"))
            .orElse("does not fit the column's type, detected from the lines above it");
        return "line " + line + ", column '" + column + "': '" + values[e.getColumnIndex()] + "' " + expected + damaged;
    }

    private static Optional<ColumnType> typeOf(String column) {
        if (INT_COLUMNS.contains(column)) {
            return Optional.of(ColumnType.INTEGER);
        }
        if (STRING_COLUMNS.contains(column)) {
            return Optional.of(ColumnType.STRING);
        }
        if (column.endsWith("_mean") || Columns.unit(column).isPresent()) {
            return Optional.of(ColumnType.DOUBLE);
        }
        return Optional.empty();
    }

    /**
     * The values of a numeric column as doubles: {@code Tables.doubles(spikes, "t_ms")}.
     *
     * @param table  any table
     * @param column the name of one of its numeric columns
     * @return the column's values, in row order
     * @throws TableException if the table has no such column or it is not numeric, naming the columns it has
     */
    public static double[] doubles(Table table, String column) {
        if (column(table, column) instanceof NumericColumn<?> numbers) {
            return numbers.asDoubleArray();
        }
        throw new TableException("column '" + column + "' of table " + table.name() + " is " + table.column(column).type()
            + ", not numeric");
    }

    /**
     * The values of an int column: {@code Tables.ints(spikes, "neuron")}.
     *
     * @param table  any table
     * @param column the name of one of its int columns
     * @return the column's values, in row order
     * @throws TableException if the table has no such column or it is not an int column, naming the columns it has
     */
    public static int[] ints(Table table, String column) {
        if (column(table, column) instanceof IntColumn ints) {
            return ints.asIntArray();
        }
        throw new TableException("column '" + column + "' of table " + table.name() + " is " + table.column(column).type()
            + ", not INTEGER");
    }

    private static Column<?> column(Table table, String column) {
        if (!table.containsColumn(column)) {
            throw new TableException("table " + table.name() + " has no column '" + column + "'; its columns are " + table.columnNames());
        }
        return table.column(column);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    private static double maxAbs(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
