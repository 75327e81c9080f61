package org.synfire.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Points of a study that are no grid, from a CSV file: a header of parameter names, then one
 * point per line ({@code g,eta} / {@code 3,2} / {@code 5,2}). Blank lines and lines starting with
 * {@code #} are skipped; values are taken as written, without quotes.
 *
 * @param source where it was read (for messages)
 * @param names  the parameters, in the header's order
 * @param rows   one list of values per point, in the file's order
 */
public record PointsFile(String source, List<String> names, List<List<String>> rows) {
    /**
     * Points as given; the lists are copied.
     *
     * @param source where it was read (for messages)
     * @param names  the parameters, in the header's order
     * @param rows   one list of values per point, in the file's order
     */
    public PointsFile {
        names = List.copyOf(names);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * Reads a points file.
     *
     * @param file the CSV file
     * @return its points
     * @throws SweepException naming the line of every problem: a file that cannot be read, is
     *                        empty or has no points, a column that is no parameter name or is
     *                        named twice, quoted or missing values, a line with another number of
     *                        values than the header, or a point given twice
     */
    public static PointsFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SweepException("points file " + file + ": cannot read it (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "); give a CSV file with a header of parameter names, e.g. g,eta");
        }
        List<String> names = null;
        List<List<String>> rows = new ArrayList<>();
        Map<List<String>, Integer> lineOf = new HashMap<>();
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "points file " + file + " line " + (k + 1);
            if (line.contains("\"")) {
                throw new SweepException(where + ": quoted values are not read; write values without quotes (and without commas in them)");
            }
            List<String> fields = new ArrayList<>();
            for (String f : line.split(",", -1)) {
                fields.add(f.strip());
            }
            if (names == null) {
                Set<String> seen = new LinkedHashSet<>();
                for (String n : fields) {
                    Axis.checkName(n, where + ": " + line);
                    if (!seen.add(n)) {
                        throw new SweepException(where + ": the column " + n + " is named twice; name each parameter once");
                    }
                }
                names = fields;
                continue;
            }
            if (fields.size() != names.size()) {
                throw new SweepException(where + ": " + fields.size() + " values for " + names.size() + " columns (" + String.join(", ", names)
                    + "); give one value per column");
            }
            for (int c = 0; c < fields.size(); c++) {
                if (fields.get(c).isEmpty()) {
                    throw new SweepException(where + ": no value for " + names.get(c) + "; give one value per column");
                }
            }
            Integer before = lineOf.putIfAbsent(fields, k + 1);
            if (before != null) {
                throw new SweepException(where + ": the same point as line " + before + ", which would run twice; give each point once");
            }
            rows.add(fields);
        }
        if (names == null || rows.isEmpty()) {
            throw new SweepException("points file " + file + ": " + (names == null ? "empty" : "a header and no points")
                + "; give a header of parameter names and one point per line, e.g. g,eta then 5,2");
        }
        return new PointsFile(file.toString(), names, rows);
    }
}
