package org.synfire.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synfire.build.BuildReport;
import tech.tablesaw.api.Table;

/**
 * Studies run with Java tasks that need no network (each result a function of the point), so the
 * study machinery is tested by itself: the table and its bytes, failures, resuming, shards,
 * parallel points and the memory bound.
 */
class SweepTest {
    @TempDir
    Path dir;

    private static final Study STUDY = Study.of("test", List.of(Axis.parse("g=4,5,6"), Axis.parse("eta=1:2:0.5")), Seeds.parse("1..2"));

    /**
     * A point's results as a simulation would give them: numbers that depend on nothing but the
     * parameters and seed, returned after a pause that differs between points, so points end in
     * another order than they start when several run at once.
     */
    private static Map<String, Double> compute(Point p) throws InterruptedException {
        double g = p.number("g");
        double eta = p.number("eta");
        Thread.sleep((p.index() * 7L) % 5);
        Map<String, Double> r = new LinkedHashMap<>();
        r.put("rate_Hz", 10 * eta / g + p.seed() * 0.1);
        r.put("cv", 1 / (g * eta + p.seed()));
        return r;
    }

    private Sweep.Options options(String folder, int parallel) {
        return Sweep.Options.in(dir.resolve(folder)).executor(new LocalExecutor(parallel, 1));
    }

    private byte[] csv(String folder, String file) throws Exception {
        return Files.readAllBytes(dir.resolve(folder).resolve(file));
    }

    @Test
    void everyPointIsARowOfSweepCsvWithItsParametersSeedAndResults() throws Exception {
        Sweep.Outcome done = new Sweep(STUDY, (p, c) -> compute(p), options("a", 1)).run();
        Table t = done.table();
        assertEquals(List.of("point", "g", "eta", "seed", "rate_Hz", "cv", "status", "error", "folder"), t.columnNames());
        assertEquals(3 * 3 * 2, t.rowCount());
        assertTrue(done.complete());
        List<String> lines = Files.readAllLines(dir.resolve("a/sweep.csv"));
        assertEquals("point,g,eta,seed,rate_Hz,cv,status,error,folder", lines.get(0));
        Point first = STUDY.points().get(0);
        assertEquals("0,4,1.0,1,2.6,0.2,ok,,points/" + first.key(), lines.get(1));
        assertTrue(Files.isRegularFile(dir.resolve("a/points").resolve(first.key()).resolve("result.json")));
        // Over seeds: rate 10·eta/g + 0.1·seed at seeds 1 and 2 has mean 10·eta/g + 0.15 and sd 0.1/sqrt(2).
        Table mean = done.mean();
        assertEquals(List.of("g", "eta", "seeds", "failed", "rate_Hz_mean", "rate_Hz_sd", "cv_mean", "cv_sd"), mean.columnNames());
        assertEquals(9, mean.rowCount());
        assertEquals(10 * 1.5 / 5 + 0.15, mean.doubleColumn("rate_Hz_mean").get(4), 1e-12);
        assertEquals(0.1 / Math.sqrt(2), mean.doubleColumn("rate_Hz_sd").get(4), 1e-12);
        assertEquals(2, mean.intColumn("seeds").get(4));
        String manifest = Files.readString(dir.resolve("a/study.json"));
        assertTrue(manifest.contains("\"status\": \"completed\""), manifest);
        assertTrue(manifest.contains("\"points\": 18"), manifest);
        assertTrue(manifest.contains("\"executor\": \"local: up to 1 point at a time, 1 thread each\""), manifest);
        assertTrue(manifest.contains("{\"point\": 17, \"key\": \"" + STUDY.points().get(17).key() + "\""), manifest);
        assertTrue(manifest.contains("\"wall_s\": "), manifest);
    }

    @Test
    void theSameStudyGivesTheSameBytesWhateverTheParallelismAndFinishingOrder() throws Exception {
        List<Integer> order1 = Collections.synchronizedList(new ArrayList<>());
        List<Integer> order2 = Collections.synchronizedList(new ArrayList<>());
        new Sweep(STUDY, (p, c) -> {
            Map<String, Double> r = compute(p);
            order1.add(p.index());
            return r;
        }, options("one", 1)).run();
        new Sweep(STUDY, (p, c) -> {
            Map<String, Double> r = compute(p);
            order2.add(p.index());
            return r;
        }, options("two", 2)).run();
        assertArrayEquals(csv("one", "sweep.csv"), csv("two", "sweep.csv"));
        assertArrayEquals(csv("one", "sweep_mean.csv"), csv("two", "sweep_mean.csv"));
        assertEquals(18, order2.size());
    }

    @Test
    void aPointThatThrowsIsARowWithItsMessageAndTheStudyGoesOn() throws Exception {
        Sweep.Outcome done = new Sweep(STUDY, (p, c) -> {
            if (p.number("g") == 5 && p.number("eta") == 1.5) {
                throw new IllegalStateException("no fixed point at g = 5");
            }
            return compute(p);
        }, options("f", 2)).run();
        assertEquals(2, done.failed().size());
        assertEquals("IllegalStateException: no fixed point at g = 5", done.failed().get(0).error());
        Table t = done.table();
        int row = 8;
        assertEquals("failed", t.stringColumn("status").get(row));
        assertEquals("IllegalStateException: no fixed point at g = 5", t.stringColumn("error").get(row));
        assertTrue(t.doubleColumn("rate_Hz").isMissing(row));
        assertEquals("ok", t.stringColumn("status").get(row + 2));
        assertEquals(2, done.mean().intColumn("failed").get(4), "both seeds of that point failed");
        assertEquals(0, done.mean().intColumn("seeds").get(4));
        // A result that takes a parameter's name, or is no number, fails its point too.
        Study one = Study.of("t", List.of(Axis.parse("g=1")), Seeds.none());
        PointResult named = new Sweep(one, (p, c) -> Map.of("g", 1), options("n", 1)).run().results().get(0);
        assertEquals("the result 'g' has the name of a parameter; give each result a name of its own and a number", named.error());
        assertEquals(List.of("point", "g", "status", "error", "folder"), new Sweep(one, (p, c) -> null, options("empty", 1)).run().table().columnNames(),
            "a point with no results is a row without result columns");
    }

    @Test
    void aStudyExceptionStopsTheStudyAndAnOutOfMemoryErrorFailsOnePoint() throws Exception {
        StudyException stop = assertThrows(StudyException.class, () -> new Sweep(STUDY, (p, c) -> {
            if (p.index() == 3) {
                throw new StudyException("the grid's parameter gg is never asked for");
            }
            return compute(p);
        }, options("stop", 1)).run());
        assertEquals("the grid's parameter gg is never asked for", stop.getMessage());
        assertTrue(Files.readString(dir.resolve("stop/study.json")).contains("\"status\": \"stopped\""));
        assertEquals(3, Files.readAllLines(dir.resolve("stop/sweep.csv")).size() - 1, "the points before it are in the table");

        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Sweep.Outcome done = new Sweep(STUDY, (p, c) -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                if (p.index() == 0) {
                    throw new OutOfMemoryError("Java heap space");
                }
                Thread.sleep(30);
                return compute(p);
            } finally {
                running.decrementAndGet();
            }
        }, options("oom", 2)).run();
        assertEquals("out of memory (Java heap space) with up to 1 points at a time; the rest of the study runs one point at a time",
            done.failed().get(0).error());
        assertEquals(1, done.failed().size());
        // Without a size reported, points would run two at a time once the first has ended (as the
        // next test shows); after running out of memory, one at a time.
        assertEquals(1, most.get());
    }

    /** A build report of one group of {@code bytes}, as a point reports its network. */
    private static BuildReport report(long bytes) {
        return new BuildReport(List.of(new BuildReport.GroupReport("exc", "lif", 1, "exact", "linear", "K", "scalar", false, 0, 0, 0, 0, bytes)),
            List.of(), List.of(), 0, 1, "one thread");
    }

    @Test
    void pointsRunSideBySideOnlyAsFarAsTheirNetworksFitTheHeap() throws Exception {
        for (boolean huge : new boolean[] {true, false}) {
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            long bytes = huge ? Runtime.getRuntime().maxMemory() / 2 : 1000;
            new Sweep(STUDY, (p, c) -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    c.built(report(bytes));
                    assertEquals(1, c.threads());
                    assertEquals(dir.resolve(huge ? "huge" : "small").resolve("points").resolve(p.key()), c.folder());
                    Thread.sleep(30);
                    return compute(p);
                } finally {
                    running.decrementAndGet();
                }
            }, options(huge ? "huge" : "small", 2)).run();
            // Half the heap counted twice fills it: one at a time. Networks of a kilobyte: two at a
            // time, since every point sleeps long enough for the next to start beside it.
            assertEquals(huge ? 1 : 2, most.get(), huge ? "huge networks" : "small networks");
        }
    }

    @Test
    void resumingAKilledStudyRunsOnlyThePointsWithoutAResult() throws Exception {
        new Sweep(STUDY, (p, c) -> compute(p), options("whole", 1)).run();
        // A study killed part-way, as a SIGKILL leaves it: its manifest still says running, 7 points
        // ended (their result.json written whole), one was running (files, no result.json), the
        // rest never started, and no table was written.
        new Sweep(STUDY, (p, c) -> compute(p), options("killed", 1)).run();
        Path killed = dir.resolve("killed");
        List<Point> points = STUDY.points();
        for (Point p : points.subList(7, points.size())) {
            Path folder = killed.resolve("points").resolve(p.key());
            Files.delete(folder.resolve("result.json"));
            if (p.index() == 7) {
                Files.writeString(folder.resolve("half.csv"), "t_ms\n1.0\n");
            } else {
                Files.delete(folder);
            }
        }
        Files.writeString(killed.resolve("study.json"), "{\n  \"status\": \"running\"\n}\n");
        Files.delete(killed.resolve("sweep.csv"));

        String again = assertThrows(SweepException.class, () -> new Sweep(STUDY, (p, c) -> compute(p), options("killed", 1)).run()).getMessage();
        assertEquals(killed + " holds a study already (study.json); resume it (synfire sweep --resume, or resume: true) or give another folder", again);

        List<Integer> rerun = Collections.synchronizedList(new ArrayList<>());
        Sweep.Outcome done = new Sweep(STUDY, (p, c) -> {
            rerun.add(p.index());
            assertFalse(Files.exists(c.folder().resolve("half.csv")), "the broken run's files are gone");
            return compute(p);
        }, options("killed", 1).resume(true)).run();
        assertEquals(List.of(7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17), rerun);
        assertEquals(7, done.resumed());
        assertArrayEquals(csv("whole", "sweep.csv"), csv("killed", "sweep.csv"));
        assertArrayEquals(csv("whole", "sweep_mean.csv"), csv("killed", "sweep_mean.csv"));
        assertTrue(Files.readString(killed.resolve("study.json")).contains("\"resumed\": true"));
    }

    @Test
    void interruptingTheCallingThreadStopsTheStudyAndKeepsWhatEnded() throws Exception {
        Thread caller = Thread.currentThread();
        SweepException e = assertThrows(SweepException.class, () -> new Sweep(STUDY, (p, c) -> {
            if (p.index() == 4) {
                caller.interrupt();
                Thread.sleep(10_000);
            }
            return compute(p);
        }, options("cut", 1)).run());
        assertTrue(Thread.interrupted(), "the caller's interrupt is kept for it to see");
        assertEquals("the study was interrupted after 4 of 18 points; what ended is in " + dir.resolve("cut") + ", and resuming runs the rest",
            e.getMessage());
        assertTrue(Files.readString(dir.resolve("cut/study.json")).contains("\"status\": \"interrupted\""));
    }

    @Test
    void theShardsOfAStudyMergeIntoTheWholeStudysTable() throws Exception {
        new Sweep(STUDY, (p, c) -> compute(p), options("whole", 2)).run();
        List<Path> parts = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Sweep.Outcome part = new Sweep(STUDY, (p, c) -> {
                Files.writeString(c.folder().resolve("trace.csv"), "t_ms\n" + p.index() + "\n");
                return compute(p);
            }, options("part" + k, 1).shard(new Shard(k, 3))).run();
            assertEquals(6, part.table().rowCount());
            parts.add(dir.resolve("part" + k));
        }
        String missing = assertThrows(SweepException.class, () -> Sweep.merge(parts.subList(0, 2), dir.resolve("merged"))).getMessage();
        assertEquals("merge: the folders hold 12 of the study's 18 points; missing points [2, 5, 8, 11, 14, 17] (run the shards that hold them, "
            + "or resume the ones that stopped, then merge again)", missing);
        Sweep.Outcome merged = Sweep.merge(parts, dir.resolve("merged"));
        assertEquals(18, merged.results().size());
        assertArrayEquals(csv("whole", "sweep.csv"), csv("merged", "sweep.csv"));
        assertArrayEquals(csv("whole", "sweep_mean.csv"), csv("merged", "sweep_mean.csv"));
        assertEquals("t_ms\n5\n", Files.readString(dir.resolve("merged/points").resolve(STUDY.points().get(5).key()).resolve("trace.csv")));
        assertTrue(Files.readString(dir.resolve("merged/study.json")).contains("\"merged\": ["));
        // Into one of the shards: the others' points are copied there.
        Sweep.merge(parts, parts.get(0));
        assertArrayEquals(csv("whole", "sweep.csv"), csv("part1", "sweep.csv"));

        Study other = Study.of("test", List.of(Axis.parse("g=4,5")), Seeds.parse("1..2"));
        new Sweep(other, (p, c) -> compute(p), options("other", 1)).run();
        String mixed = assertThrows(SweepException.class, () -> Sweep.merge(List.of(parts.get(1), dir.resolve("other")), dir.resolve("m2")))
            .getMessage();
        assertTrue(mixed.startsWith("merge: " + dir.resolve("other") + " holds another study ("), mixed);
        assertEquals(dir.resolve("nothing") + " is no study folder (it has no study.json); give the --out folders of the shards",
            assertThrows(SweepException.class, () -> Sweep.merge(List.of(dir.resolve("nothing")), dir.resolve("m3"))).getMessage());
    }

    @Test
    void theExecutorNeverAsksForMoreThreadsThanCores() {
        LocalExecutor byDefault = LocalExecutor.forCores(8, null, null);
        assertEquals(8, byDefault.parallel());
        assertEquals(1, byDefault.threads());
        assertEquals(List.of(), byDefault.notes());
        LocalExecutor two = LocalExecutor.forCores(8, 2, null);
        assertEquals(4, two.threads(), "two points on eight cores: four threads each");
        assertEquals(4, LocalExecutor.forCores(8, null, 2).parallel());
        LocalExecutor tooMany = LocalExecutor.forCores(2, 4, 3);
        assertEquals(2, tooMany.parallel());
        assertEquals(1, tooMany.threads());
        assertEquals(List.of("runs 2 points at a time, not 4: this machine has 2 cores",
            "gives each point 1 thread, not 3: 2 points × 3 threads would need 6 cores, and this machine has 2"), tooMany.notes());
        assertEquals("parallel 0: give 1 or more points at a time",
            assertThrows(SweepException.class, () -> LocalExecutor.forCores(2, 0, null)).getMessage());
        assertEquals("threads 0: give 1 or more threads per point",
            assertThrows(SweepException.class, () -> LocalExecutor.forCores(2, null, 0)).getMessage());
    }

    @Test
    void summariesAreMapsOfNumbersOrTablesOfOneRowOrQuantityAndValue() throws Exception {
        Map<String, Double> fromMap = PointSummary.of(Map.of("rate_Hz", 3), dir);
        assertEquals(Map.of("rate_Hz", 3.0), fromMap);
        assertEquals("the result 'regime' is a String (AI), not a number; return a map of numbers, e.g. [rate_Hz: rate, cv: cv]",
            assertThrows(SweepException.class, () -> PointSummary.of(Map.of("regime", "AI"), dir)).getMessage());
        Table summary = Table.create("summary", tech.tablesaw.api.StringColumn.create("quantity", List.of("rate_Hz", "cv")),
            tech.tablesaw.api.DoubleColumn.create("value", new double[] {5, 0.8}));
        assertEquals(List.of("rate_Hz", "cv"), new ArrayList<>(PointSummary.of(summary, dir).keySet()));
        org.synfire.table.Tables.writeCsv(summary, dir.resolve("summary.csv"));
        assertEquals(Map.of("rate_Hz", 5.0, "cv", 0.8), PointSummary.of(List.of(dir.resolve("x.png")), dir),
            "a script whose last statement is a save: its saved summary table");
        Table row = Table.create("r", tech.tablesaw.api.DoubleColumn.create("rate_Hz", new double[] {4}),
            tech.tablesaw.api.StringColumn.create("regime", List.of("AI")));
        assertEquals(Map.of("rate_Hz", 4.0), PointSummary.of(row, dir));
        Table many = Table.create("spikes", tech.tablesaw.api.DoubleColumn.create("t_ms", new double[] {1, 2}),
            tech.tablesaw.api.IntColumn.create("neuron", new int[] {0, 1}));
        assertEquals("table 'spikes' (2 rows; columns t_ms, neuron) is no summary; return a map of numbers ([rate_Hz: r]), a summary() table, "
            + "or a table of one row", assertThrows(SweepException.class, () -> PointSummary.of(many, dir)).getMessage());
    }

    @Test
    void parametersWithUnitsAndWordsBecomeColumnsOfTheirKind() throws Exception {
        Study study = Study.of("u", List.of(Axis.parse("tau=10ms:20ms:10ms"), Axis.parse("model=lif,adex"), Axis.parse("x=1,2.5")), Seeds.none());
        Table t = new Sweep(study, (p, c) -> Map.of("tau_s", p.quantity("tau").si()), options("u", 1)).run().table();
        assertEquals(List.of("point", "tau_ms", "model", "x", "tau_s", "status", "error", "folder"), t.columnNames());
        assertEquals(20.0, t.doubleColumn("tau_ms").get(7));
        assertEquals("adex", t.stringColumn("model").get(7));
        assertEquals(2.5, t.doubleColumn("x").get(7));
        assertEquals(0.02, t.doubleColumn("tau_s").get(7), 1e-15);
    }
}
