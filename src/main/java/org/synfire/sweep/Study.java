package org.synfire.sweep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a parameter study runs: the points of a CSV file (if any) × the cartesian product of the
 * grid's axes × the seeds. Points are numbered in that order, the file's rows outermost, then the
 * first axis, ..., the last axis, and the seeds innermost, so the seeds of one parameter point are
 * neighbours in {@code sweep.csv}.
 *
 * @param identity what every point computes, apart from its parameters and seed: the text of the
 *                 script, or a name the caller chooses for code (a resumed study reruns the points
 *                 whose key changed, so change it when the code changes)
 * @param axes     the grid, in order
 * @param file     points that are no grid, or {@code null}
 * @param seeds    the seeds, or {@link Seeds#none()}
 */
public record Study(String identity, List<Axis> axes, PointsFile file, Seeds seeds) {
    /** The most points a study may have, as for the values of an axis. */
    static final long MAX_POINTS = Axis.MAX_VALUES;

    /**
     * A study; the axes are copied.
     *
     * @param identity what every point computes, apart from its parameters and seed
     * @param axes     the grid, in order
     * @param file     points that are no grid, or {@code null}
     * @param seeds    the seeds, or {@link Seeds#none()}
     * @throws SweepException if a parameter is given twice, in the grid and the file alike, or the
     *                        study has more than a million points
     */
    public Study {
        axes = List.copyOf(axes);
        Set<String> names = new LinkedHashSet<>();
        for (Axis a : axes) {
            if (!names.add(a.name())) {
                throw new SweepException("grid '" + a + "': the parameter " + a.name() + " is given twice; give all its values in one, e.g. "
                    + a.name() + "=4,5,6");
            }
        }
        if (file != null) {
            for (String n : file.names()) {
                if (names.contains(n)) {
                    throw new SweepException("the parameter " + n + " is both in the grid and in the points file " + file.source()
                        + "; give it in one place");
                }
            }
        }
        long count = (file == null ? 1 : file.rows().size()) * (long) Math.max(1, seeds.values().size());
        for (Axis a : axes) {
            count *= a.values().size();
            if (count > MAX_POINTS) {
                throw new SweepException("the study has more than " + MAX_POINTS + " points; make the grid coarser or split it into studies");
            }
        }
    }

    /**
     * A grid study: the product of {@code axes} × {@code seeds}.
     *
     * @param identity what every point computes, apart from its parameters and seed
     * @param axes     the grid, in order; empty for one point of no parameters
     * @param seeds    the seeds, or {@link Seeds#none()}
     * @return the study
     * @throws SweepException as the constructor does
     */
    public static Study of(String identity, List<Axis> axes, Seeds seeds) {
        return new Study(identity, axes, null, seeds);
    }

    /**
     * This study with the points of a file as well (each of its rows × the grid × the seeds).
     *
     * @param points the points file, replacing any this study had
     * @return a new study
     * @throws SweepException as the constructor does
     */
    public Study with(PointsFile points) {
        return new Study(identity, axes, points, seeds);
    }

    /** {@return every parameter, in the order of the table's columns: the file's, then the grid's} */
    public List<String> parameters() {
        List<String> names = new ArrayList<>(file == null ? List.of() : file.names());
        axes.forEach(a -> names.add(a.name()));
        return names;
    }

    /** {@return every point of the study, in order, numbered from 0} */
    public List<Point> points() {
        List<List<String>> rows = file == null ? List.of(List.of()) : file.rows();
        List<Long> seedList = seeds.values().isEmpty() ? java.util.Collections.singletonList(null) : seeds.values();
        List<String> names = parameters();
        List<Point> points = new ArrayList<>();
        int[] at = new int[axes.size()];
        for (List<String> row : rows) {
            java.util.Arrays.fill(at, 0);
            do {
                Map<String, String> params = new LinkedHashMap<>();
                for (int c = 0; c < row.size(); c++) {
                    params.put(names.get(c), row.get(c));
                }
                for (int a = 0; a < axes.size(); a++) {
                    params.put(axes.get(a).name(), axes.get(a).values().get(at[a]));
                }
                for (Long seed : seedList) {
                    points.add(new Point(points.size(), params, seed, key(params, seed)));
                }
            } while (next(at));
        }
        return points;
    }

    /** Advances the grid's odometer, last axis fastest; false once every combination was given. */
    private boolean next(int[] at) {
        for (int a = axes.size() - 1; a >= 0; a--) {
            if (++at[a] < axes.get(a).values().size()) {
                return true;
            }
            at[a] = 0;
        }
        return false;
    }

    /**
     * The points of one part of the study.
     *
     * @param shard the part
     * @return its points, in order, keeping their numbers in the whole study
     */
    public List<Point> points(Shard shard) {
        return points().stream().filter(p -> shard.holds(p.index())).toList();
    }

    /**
     * A hash of every point's key in order: shards of one study share it, and merging refuses
     * parts whose hashes differ.
     *
     * @return 16 hex digits
     */
    public String hash() {
        StringBuilder all = new StringBuilder();
        points().forEach(p -> all.append(p.key()).append('\n'));
        return sha256(all.toString());
    }

    /** A point's key: its parameters in name order, so the order of the grid's axes does not matter. */
    private String key(Map<String, String> params, Long seed) {
        StringBuilder text = new StringBuilder(identity).append('\0');
        new TreeMap<>(params).forEach((k, v) -> text.append(k).append('=').append(v).append('\0'));
        text.append("seed=").append(seed == null ? "script" : seed.toString());
        return sha256(text.toString());
    }

    /** The first 16 hex digits of the SHA-256 of {@code text}: 64 bits, so two points of one study never share a key in practice. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        axes.forEach(a -> parts.add(a.toString()));
        if (file != null) {
            parts.add(file.rows().size() + " points from " + file.source());
        }
        parts.add("seeds " + seeds);
        return "Study(" + String.join(", ", parts) + ")";
    }
}
