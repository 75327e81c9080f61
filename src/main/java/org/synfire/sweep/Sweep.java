package org.synfire.sweep;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.synfire.Json;
import tech.tablesaw.api.Table;

/**
 * Runs a {@link Study}: every point of it (or of one {@link Shard}) through an {@link Executor},
 * each point's result written into the study folder as it ends, then {@code sweep.csv} (one row
 * per point), {@code sweep_mean.csv} (mean and standard deviation over seeds) and
 * {@code study.json} (what ran, where, each point's wall time). With {@code resume} the points
 * whose results the folder holds already are skipped (they are recognised by key, so a changed
 * script or grid reruns what changed). A point that fails is a row with its message, and the
 * study goes on.
 *
 * <pre>{@code
 * Study study = Study.of("fi", List.of(Axis.parse("I=0.1nA:1nA:0.1nA")), Seeds.parse("1..5"));
 * Sweep.Outcome done = new Sweep(study, (point, context) -> {
 *     Network net = ...;                       // built with point.quantity("I") and point.seed()
 *     Simulation sim = Simulation.build(net).threads(context.threads());
 *     context.built(sim.report());
 *     sim.run(Units.second.of(1));
 *     return Map.of("rate_Hz", Rates.mean(sim.data(spikes), ...).in(Units.Hz));
 * }, Sweep.Options.in(Path.of("out/fi"))).run();
 * }</pre>
 */
public final class Sweep {
    /** Receives the study's progress on the thread that runs it: first with the points resumed, then once per point ended. */
    @FunctionalInterface
    public interface Progress {
        /**
         * The study's progress so far.
         *
         * @param done  points with a result, resumed ones included
         * @param total the points of the study, or of its shard
         */
        void update(int done, int total);
    }

    /**
     * How to run a study.
     *
     * @param out      the study folder (made if missing)
     * @param executor where the points run
     * @param shard    the part of the study to run
     * @param resume   whether to skip points whose results the folder holds; without it a folder
     *                 holding a study already is refused
     * @param progress receives progress, or {@code null}
     * @param about    fields the front end adds to {@code study.json} (the script and its hash, Synfire's version)
     */
    public record Options(Path out, Executor executor, Shard shard, boolean resume, Progress progress, Map<String, String> about) {
        /**
         * Options as given; the fields are copied.
         *
         * @param out      the study folder (made if missing)
         * @param executor where the points run
         * @param shard    the part of the study to run
         * @param resume   whether to skip points whose results the folder holds
         * @param progress receives progress, or {@code null}
         * @param about    fields the front end adds to {@code study.json}
         */
        public Options {
            about = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(about));
        }

        /**
         * The whole study, on this machine's cores, not resumed.
         *
         * @param out the study folder (made if missing)
         * @return the options
         */
        public static Options in(Path out) {
            return new Options(out, LocalExecutor.forThisMachine(null, null), Shard.whole(), false, null, Map.of());
        }

        /**
         * @param e where the points run
         * @return these options with that executor
         */
        public Options executor(Executor e) {
            return new Options(out, e, shard, resume, progress, about);
        }

        /**
         * @param s the part of the study to run
         * @return these options with that part
         */
        public Options shard(Shard s) {
            return new Options(out, executor, s, resume, progress, about);
        }

        /**
         * @param r whether to skip the points whose results the folder holds already
         * @return these options with that choice
         */
        public Options resume(boolean r) {
            return new Options(out, executor, shard, r, progress, about);
        }

        /**
         * @param p receives progress, or {@code null} for none
         * @return these options with that receiver
         */
        public Options progress(Progress p) {
            return new Options(out, executor, shard, resume, p, about);
        }

        /**
         * @param fields what the front end adds to {@code study.json}, in order
         * @return these options with those fields, replacing any given before
         */
        public Options about(Map<String, String> fields) {
            return new Options(out, executor, shard, resume, progress, fields);
        }
    }

    /**
     * What a study left.
     *
     * @param folder      the study folder
     * @param table       {@code sweep.csv}'s table
     * @param mean        {@code sweep_mean.csv}'s table, or {@code null} for a study without seeds
     * @param results     every point's result, in point order
     * @param resumed     points whose results were in the folder already
     * @param complete    whether every point of the study (or shard) has a result
     * @param wallSeconds how long this run took
     */
    public record Outcome(Path folder, Table table, Table mean, List<PointResult> results, int resumed, boolean complete,
                          double wallSeconds) {
        /** {@return the points that failed, in point order; empty when none did} */
        public List<PointResult> failed() {
            return results.stream().filter(r -> r.status() == PointResult.Status.FAILED).toList();
        }
    }

    private final Study study;
    private final PointTask task;
    private final Options options;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean cancelled;

    /**
     * A run of a study, started by {@link #run()}.
     *
     * @param study   the points to run
     * @param task    what runs at each point
     * @param options the folder, executor, shard and the rest
     */
    public Sweep(Study study, PointTask task, Options options) {
        this.study = study;
        this.task = task;
        this.options = options;
    }

    /**
     * Runs the study (or its shard) and writes its folder.
     *
     * @return what the study left
     * @throws SweepException  when the folder holds a study and {@code resume} is off, or the run was interrupted
     *                         (what ended is written, and {@code resume} goes on from there)
     * @throws StudyException  a point's, after the points running have ended and the tables are written
     */
    public Outcome run() {
        try {
            return runStudy();
        } finally {
            ended.countDown();
        }
    }

    private Outcome runStudy() {
        StudyFolder folder = new StudyFolder(options.out());
        if (!options.resume() && folder.holdsStudy()) {
            throw new SweepException(options.out() + " holds a study already (" + StudyFolder.MANIFEST
                + "); resume it (synfire sweep --resume, or resume: true) or give another folder");
        }
        folder.make();
        List<Point> points = study.points(options.shard());
        Map<String, PointResult> before = options.resume() ? folder.results() : Map.of();
        Map<Integer, PointResult> done = new TreeMap<>();
        Set<String> resumed = new HashSet<>();
        List<Point> todo = new ArrayList<>();
        for (Point p : points) {
            PointResult r = before.get(p.key());
            if (r != null && r.status() == PointResult.Status.OK) {
                PointResult now = new PointResult(p, r.status(), r.results(), null, r.wallSeconds());
                if (r.point().index() != p.index()) {
                    folder.write(now);
                }
                done.put(p.index(), now);
                resumed.add(p.key());
            } else {
                todo.add(p);
            }
        }
        todo.forEach(folder::clear);
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        String hash = study.hash();
        int total = study.points().size();
        folder.writeManifest(manifest("running", null, hash, total, started, 0, points, done, resumed));
        report(done.size(), points.size());
        String status = "completed";
        StudyException stop = null;
        boolean interrupted = false;
        try {
            options.executor().execute(todo, folder::of, task, r -> {
                folder.write(r);
                done.put(r.point().index(), r);
                report(done.size(), points.size());
            });
        } catch (StudyException e) {
            stop = e;
            status = "stopped";
        } catch (InterruptedException e) {
            // Kept aside while the tables are written: an interrupted thread's file channels close themselves.
            interrupted = true;
        }
        if (interrupted || cancelled) {
            status = "interrupted";
        }
        double wall = (System.nanoTime() - t0) * 1e-9;
        List<PointResult> rows = new ArrayList<>(done.values());
        Table[] tables = folder.writeTables(study.parameters(), !study.seeds().values().isEmpty(), rows);
        folder.writeManifest(manifest(status, stop == null ? null : stop.getMessage(), hash, total, started, wall, points, done, resumed));
        if (stop != null) {
            throw stop;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new SweepException("the study was interrupted after " + done.size() + " of " + points.size() + " points; what ended is in "
                + options.out() + ", and resuming runs the rest");
        }
        return new Outcome(options.out(), tables[0], tables[1], rows, resumed.size(), rows.size() == points.size(), wall);
    }

    private void report(int done, int total) {
        if (options.progress() != null) {
            options.progress().update(done, total);
        }
    }

    /**
     * Stops the study from another thread (a signal's handler): no point starts any more, the
     * running ones are interrupted and dropped, and the tables and manifest of what ended are
     * written. Waits up to {@code patience} for that.
     *
     * @param patience how long to wait for the study to end
     * @return whether the study has ended
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public boolean cancel(Duration patience) throws InterruptedException {
        cancelled = true;
        options.executor().cancel();
        return ended.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Map<String, Object> header(String status, String error, String hash, int total, Instant started, double wall) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        if (error != null) {
            m.put("error", error);
        }
        m.putAll(options.about());
        m.put("java", System.getProperty("java.version"));
        m.put("study", hash);
        m.put("points", total);
        m.put("parameters", study.parameters());
        m.put("seeds", study.seeds().values().isEmpty() ? null : study.seeds().values());
        m.put("started", started.toString());
        m.put("wall_s", millis(wall));
        return m;
    }

    private String manifest(String status, String error, String hash, int total, Instant started, double wall, List<Point> points,
                            Map<Integer, PointResult> done, Set<String> resumed) {
        Map<String, Object> m = header(status, error, hash, total, started, wall);
        Map<String, Object> grid = new LinkedHashMap<>();
        study.axes().forEach(a -> grid.put(a.name(), a.values()));
        m.put("grid", grid);
        if (study.file() != null) {
            m.put("points_file", study.file().source());
        }
        m.put("shard", options.shard().toString());
        m.put("executor", options.executor().description());
        m.put("runs", runs(points, done, resumed));
        return Json.write(m);
    }

    private static List<Map<String, Object>> runs(List<Point> points, Map<Integer, PointResult> done, Set<String> resumed) {
        List<Map<String, Object>> runs = new ArrayList<>();
        for (Point p : points) {
            runs.add(run(p, done.get(p.index()), resumed.contains(p.key())));
        }
        return runs;
    }

    /** A point's line in {@code study.json}; {@code r} is null for a point not run (yet). */
    private static Map<String, Object> run(Point p, PointResult r, boolean resumed) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("point", p.index());
        run.put("key", p.key());
        run.put("folder", StudyFolder.POINTS + "/" + p.key());
        run.put("status", r == null ? "not run" : r.status().text());
        if (r != null) {
            run.put("wall_s", millis(r.wallSeconds()));
            run.put("resumed", resumed);
        }
        return run;
    }

    /** Seconds to the millisecond, as the manifest shows them. */
    private static double millis(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    /**
     * Joins the folders of a study's shards into {@code out}: one {@code sweep.csv} with every
     * point (the same bytes as the study run whole), the table over seeds, the points' folders
     * (copied, unless {@code out} is one of the shards) and a manifest listing the shards.
     *
     * @param parts the shards' study folders
     * @param out   where the whole study goes: an empty folder, or one of the shards
     * @return the whole study
     * @throws SweepException when a folder is no study, the shards belong to different studies, or points are missing
     */
    public static Outcome merge(List<Path> parts, Path out) {
        if (parts.isEmpty()) {
            throw new SweepException("merge: give the folders of the shards to merge");
        }
        long t0 = System.nanoTime();
        StudyFolder target = new StudyFolder(out);
        boolean intoPart = parts.stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize()));
        if (!intoPart && target.holdsStudy()) {
            throw new SweepException("merge: " + out + " holds a study already; give an empty folder, or one of the shards");
        }
        String hash = null;
        Path first = null;
        Map<String, Object> manifest = null;
        Map<Integer, PointResult> all = new TreeMap<>();
        Map<Integer, StudyFolder> source = new TreeMap<>();
        for (Path part : parts) {
            StudyFolder f = new StudyFolder(part);
            Map<String, Object> m = f.manifest();
            String h = (String) m.get("study");
            if (hash == null) {
                hash = h;
                first = part;
                manifest = m;
            } else if (!hash.equals(h)) {
                throw new SweepException("merge: " + part + " holds another study (" + h + ") than " + first + " (" + hash
                    + "); merge the shards of one study, run with the same script, grid, points and seeds");
            }
            Set<String> keys = new HashSet<>();
            for (Object run : (List<?>) m.get("runs")) {
                keys.add((String) ((Map<?, ?>) run).get("key"));
            }
            for (PointResult r : f.results().values()) {
                if (keys.contains(r.point().key()) && all.putIfAbsent(r.point().index(), r) == null) {
                    source.put(r.point().index(), f);
                }
            }
        }
        int total = (int) Json.number(manifest.get("points"));
        List<Integer> missing = new ArrayList<>();
        for (int k = 0; k < total; k++) {
            if (!all.containsKey(k)) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            throw new SweepException("merge: the folders hold " + all.size() + " of the study's " + total + " points; missing "
                + (missing.size() > 10 ? "points " + missing.subList(0, 10) + " and " + (missing.size() - 10) + " more" : "points " + missing)
                + " (run the shards that hold them, or resume the ones that stopped, then merge again)");
        }
        target.make();
        all.forEach((k, r) -> {
            if (!source.get(k).root().toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                target.copyPoint(source.get(k), r.point());
            }
        });
        List<String> parameters = new ArrayList<>();
        ((List<?>) manifest.get("parameters")).forEach(p -> parameters.add((String) p));
        boolean seeded = manifest.get("seeds") != null;
        List<PointResult> rows = new ArrayList<>(all.values());
        Table[] tables = target.writeTables(parameters, seeded, rows);
        double wall = (System.nanoTime() - t0) * 1e-9;
        Map<String, Object> m = new LinkedHashMap<>(manifest);
        m.put("status", "completed");
        m.remove("error");
        m.put("started", Instant.now().toString());
        m.put("wall_s", millis(wall));
        m.put("shard", "merged");
        m.put("merged", parts.stream().map(Path::toString).toList());
        List<Map<String, Object>> runs = new ArrayList<>();
        rows.forEach(r -> runs.add(run(r.point(), r, false)));
        m.put("runs", runs);
        target.writeManifest(Json.write(m));
        return new Outcome(out, tables[0], tables[1], rows, 0, true, wall);
    }
}
