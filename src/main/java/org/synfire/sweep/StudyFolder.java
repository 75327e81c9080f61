package org.synfire.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.synfire.Json;
import org.synfire.SynfireException;
import org.synfire.table.Tables;
import tech.tablesaw.api.Table;

/**
 * A study's folder: {@code study.json} (the study's manifest), {@code sweep.csv},
 * {@code sweep_mean.csv} (with seeds) and {@code points/KEY/} for each point, holding what the
 * point saved and its {@code result.json}. A point's result is written whole (to a temporary file
 * renamed over it) when the point ends, so after a crash every {@code result.json} is complete and
 * a folder without one is a point to run again.
 */
final class StudyFolder {
    static final String MANIFEST = "study.json";
    static final String TABLE = "sweep.csv";
    static final String MEAN = "sweep_mean.csv";
    static final String POINTS = "points";
    static final String RESULT = "result.json";

    private final Path root;

    StudyFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path of(Point p) {
        return root.resolve(POINTS).resolve(p.key());
    }

    boolean holdsStudy() {
        return Files.exists(root.resolve(MANIFEST));
    }

    /** Makes the folder, or says in one line why it cannot be. */
    void make() {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new SweepException("the study folder " + root + " is a file; give a folder (it is made if missing)");
        }
        try {
            Files.createDirectories(root.resolve(POINTS));
        } catch (IOException e) {
            throw new SweepException("cannot make the study folder " + root + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "); give a folder you can write to");
        }
    }

    /** Empties a point's folder before the point runs again, so no file of an earlier, broken run stays. */
    void clear(Point p) {
        Path folder = of(p);
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (!dir.equals(folder)) {
                        Files.delete(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + folder + " before running " + p + " again", e);
        }
    }

    /** Writes a point's {@code result.json} whole. */
    void write(PointResult r) {
        Point p = r.point();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", p.key());
        json.put("point", p.index());
        json.put("params", p.params());
        json.put("seed", p.seed());
        json.put("status", r.status().text());
        json.put("error", r.error());
        json.put("wall_s", r.wallSeconds());
        json.put("results", r.results());
        writeWhole(of(p).resolve(RESULT), Json.write(json));
    }

    /** Every point result in the folder, by key; a point folder without a complete {@code result.json} is left out. */
    Map<String, PointResult> results() {
        Map<String, PointResult> found = new LinkedHashMap<>();
        Path points = root.resolve(POINTS);
        if (!Files.isDirectory(points)) {
            return found;
        }
        try (Stream<Path> folders = Files.list(points)) {
            for (Path folder : folders.sorted().toList()) {
                Path file = folder.resolve(RESULT);
                if (Files.isRegularFile(file)) {
                    PointResult r = read(file);
                    found.put(r.point().key(), r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the points of " + root, e);
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static PointResult read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        try {
            Map<String, Object> m = (Map<String, Object>) Json.parse(text, file.toString());
            Map<String, String> params = new LinkedHashMap<>();
            ((Map<String, Object>) m.get("params")).forEach((k, v) -> params.put(k, (String) v));
            Map<String, Double> results = new LinkedHashMap<>();
            ((Map<String, Object>) m.get("results")).forEach((k, v) -> results.put(k, Json.number(v)));
            Object seed = m.get("seed");
            Point p = new Point((int) Json.number(m.get("point")), params, seed == null ? null : (long) Json.number(seed), (String) m.get("key"));
            return new PointResult(p, PointResult.Status.of((String) m.get("status")), results, (String) m.get("error"),
                Json.number(m.get("wall_s")));
        } catch (ClassCastException | NullPointerException | SynfireException e) {
            throw new SweepException(file + " is not the result.json a study writes (" + (e instanceof SynfireException ? e.getMessage()
                : "a field is missing or of the wrong kind") + "); delete it and run the study again with resume");
        }
    }

    /** Writes {@code sweep.csv} and, for a study with seeds, {@code sweep_mean.csv}; returns the two tables (the second null without seeds). */
    Table[] writeTables(List<String> parameters, boolean seeded, List<PointResult> results) {
        Table sweep = StudyTables.sweep(parameters, seeded, results);
        Tables.writeCsv(sweep, root.resolve(TABLE));
        Table mean = null;
        if (seeded) {
            mean = StudyTables.mean(parameters, results);
            Tables.writeCsv(mean, root.resolve(MEAN));
        }
        return new Table[] {sweep, mean};
    }

    /** Writes {@code study.json} whole. */
    void writeManifest(String json) {
        writeWhole(root.resolve(MANIFEST), json);
    }

    /** The manifest's fields, read back (for merging). */
    @SuppressWarnings("unchecked")
    Map<String, Object> manifest() {
        Path file = root.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new SweepException(root + " is no study folder (it has no " + MANIFEST + "); give the --out folders of the shards");
        }
        try {
            return (Map<String, Object>) Json.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Copies a point's folder from another study folder, unless this one has it already. */
    void copyPoint(StudyFolder from, Point p) {
        Path source = from.of(p);
        Path target = of(p);
        if (Files.exists(target.resolve(RESULT))) {
            return;
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else if (!f.getFileName().toString().equals(RESULT)) {
                    Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            // The result last: a copy cut short leaves a point without one, which counts as not done.
            Files.copy(source.resolve(RESULT), target.resolve(RESULT), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
    }

    private static void writeWhole(Path file, String text) {
        Path partial = file.resolveSibling(file.getFileName() + ".writing");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
