package org.synfire.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.synfire.SynfireException;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.Units;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The study's tables, made from the points' results alone, so a study run at once, resumed, or
 * merged from shards gives the same table, byte for byte once written. Rows are in point order;
 * each parameter is a column of whole numbers, of numbers, of numbers in the unit of its first
 * value (named {@code tau_ms} as every column with a unit is), or of texts, whichever fits all
 * its values; the results follow in the order they first appear.
 */
final class StudyTables {
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private StudyTables() {
    }

    /**
     * {@code sweep.csv}: {@code point}, the parameters, {@code seed} (when the study has seeds),
     * the results, {@code status}, {@code error} and {@code folder}.
     *
     * @param results in point order
     */
    static Table sweep(List<String> parameters, boolean seeded, List<PointResult> results) {
        Table t = Table.create("sweep", IntColumn.create("point", results.stream().mapToInt(r -> r.point().index()).toArray()));
        parameterColumns(parameters, results.stream().map(r -> r.point().params()).toList()).forEach(t::addColumns);
        if (seeded) {
            t.addColumns(LongColumn.create("seed", results.stream().mapToLong(r -> r.point().seed()).toArray()));
        }
        for (String name : resultNames(results)) {
            double[] v = results.stream().mapToDouble(r -> r.results().getOrDefault(name, Double.NaN)).toArray();
            t.addColumns(checked(t, DoubleColumn.create(name, v)));
        }
        t.addColumns(StringColumn.create("status", results.stream().map(r -> r.status().text()).toList()),
            StringColumn.create("error", results.stream().map(r -> r.error() == null ? "" : r.error()).toList()),
            StringColumn.create("folder", results.stream().map(r -> StudyFolder.POINTS + "/" + r.point().key()).toList()));
        return t;
    }

    /**
     * {@code sweep_mean.csv}: one row per parameter point (in the order they first appear), with
     * {@code seeds} (how many succeeded), {@code failed}, and each result's mean and standard
     * deviation over those seeds ({@code rate_Hz_mean}, {@code rate_Hz_sd}; the sample deviation,
     * empty below two values). A result that is not a number at some seed (the CV of a silent
     * network) is averaged over the seeds where it is one.
     */
    static Table mean(List<String> parameters, List<PointResult> results) {
        Map<Map<String, String>, List<PointResult>> byPoint = new LinkedHashMap<>();
        for (PointResult r : results) {
            byPoint.computeIfAbsent(r.point().params(), k -> new ArrayList<>()).add(r);
        }
        List<Map<String, String>> points = new ArrayList<>(byPoint.keySet());
        Table t = Table.create("sweep_mean");
        parameterColumns(parameters, points).forEach(t::addColumns);
        t.addColumns(IntColumn.create("seeds", points.stream().mapToInt(p -> (int) byPoint.get(p).stream()
                .filter(r -> r.status() == PointResult.Status.OK).count()).toArray()),
            IntColumn.create("failed", points.stream().mapToInt(p -> (int) byPoint.get(p).stream()
                .filter(r -> r.status() == PointResult.Status.FAILED).count()).toArray()));
        for (String name : resultNames(results)) {
            double[] mean = new double[points.size()];
            double[] sd = new double[points.size()];
            for (int k = 0; k < points.size(); k++) {
                double[] v = byPoint.get(points.get(k)).stream().filter(r -> r.status() == PointResult.Status.OK)
                    .mapToDouble(r -> r.results().getOrDefault(name, Double.NaN)).filter(x -> !Double.isNaN(x)).toArray();
                double sum = 0;
                for (double x : v) {
                    sum += x;
                }
                mean[k] = v.length == 0 ? Double.NaN : sum / v.length;
                double squares = 0;
                for (double x : v) {
                    squares += (x - mean[k]) * (x - mean[k]);
                }
                sd[k] = v.length < 2 ? Double.NaN : Math.sqrt(squares / (v.length - 1));
            }
            t.addColumns(checked(t, DoubleColumn.create(name + "_mean", mean)), checked(t, DoubleColumn.create(name + "_sd", sd)));
        }
        return t;
    }

    /** Refuses a column whose name the table has already (a result named as a parameter's column, such as {@code tau_ms}). */
    private static Column<?> checked(Table t, Column<?> c) {
        if (t.columnNames().contains(c.name())) {
            throw new SweepException("the result '" + c.name() + "' has the name of another column of the study's table; give it a name of its own");
        }
        return c;
    }

    private static List<String> resultNames(List<PointResult> results) {
        Set<String> names = new LinkedHashSet<>();
        results.forEach(r -> names.addAll(r.results().keySet()));
        return new ArrayList<>(names);
    }

    /** One column per parameter, of the narrowest kind all its values fit. */
    private static List<Column<?>> parameterColumns(List<String> parameters, List<Map<String, String>> rows) {
        List<Column<?>> columns = new ArrayList<>();
        for (String name : parameters) {
            List<String> texts = rows.stream().map(p -> p.get(name)).toList();
            columns.add(column(name, texts));
        }
        return columns;
    }

    private static Column<?> column(String name, List<String> texts) {
        if (texts.stream().allMatch(v -> WHOLE.matcher(v.trim()).matches())) {
            return IntColumn.create(name, texts.stream().mapToInt(v -> Integer.parseInt(v.trim())).toArray());
        }
        if (texts.stream().allMatch(v -> NUMBER.matcher(v.trim()).matches())) {
            return DoubleColumn.create(name, texts.stream().mapToDouble(v -> Double.parseDouble(v.trim())).toArray());
        }
        Unit unit = commonUnit(texts);
        if (unit != null) {
            return DoubleColumn.create(name + "_" + unit.symbol(), texts.stream().mapToDouble(v -> Quantity.parse(v).in(unit)).toArray());
        }
        return StringColumn.create(name, texts);
    }

    /** The unit of the first value, when every value is a quantity of its kind (not a pure number); else null. */
    private static Unit commonUnit(List<String> texts) {
        try {
            Quantity first = Quantity.parse(texts.get(0));
            if (first.dimension().isDimensionless()) {
                return null;
            }
            for (String v : texts) {
                if (!Quantity.parse(v).dimension().equals(first.dimension())) {
                    return null;
                }
            }
            String written = texts.get(0).trim().replaceFirst("^" + NUMBER.pattern() + "\\s*", "");
            return Units.parse(written);
        } catch (SynfireException e) {
            return null;
        }
    }
}
