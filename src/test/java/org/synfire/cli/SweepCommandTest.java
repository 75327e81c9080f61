package org.synfire.cli;

import static org.synfire.cli.Cli.synfire;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synfire.table.Tables;
import tech.tablesaw.api.Table;

/** {@code synfire sweep}: a script run at every point of a grid × seeds, refused with a message when the study is malformed. */
class SweepCommandTest {
    @TempDir
    Path dir;

    /** Constant current into LIF neurons that start at random potentials; a negative size fails the point's build. */
    private static final String SCRIPT = """
        def n = param('n', 20)
        def I = param('I', 0.2.nA)
        seed 1
        def cells = group('cells', n, lif(), I: I, v: '-65*mV + rand()*15*mV')
        def sp = probe spikes(cells)
        run 200.ms
        println "${sp.count} spikes"
        def s = summary()
        s.add('rate_Hz', sp.count / n / 0.2)
        s.add('first_spike_ms', sp.trains.times(ms).min())
        save s.table(), 'summary'
        """;

    private Path script() throws Exception {
        Path script = dir.resolve("lif.groovy");
        Files.writeString(script, SCRIPT);
        return script;
    }

    @Test
    void pointsReuseTheKernelCompiledForTheFirst() throws Exception {
        // I is a value, not part of the equations, so every point's model text is the same and
        // its kernel comes from the cache once the first point compiled it (the first point may
        // find it cached too, from an earlier test in this JVM).
        Path script = dir.resolve("cached.groovy");
        Files.writeString(script, SCRIPT.replace("save s.table()", "s.add('kernel_cached', report().group('cells').cached() ? 1 : 0)\nsave s.table()"));
        Cli.Result r = synfire("sweep", script.toString(), "--grid", "I=0.2nA:0.5nA:0.1nA", "--parallel", "2", "--out", dir.resolve("c").toString());
        assertEquals(0, r.code(), r.err());
        Table t = Tables.readCsv(dir.resolve("c/sweep.csv"));
        for (int row = 1; row < 4; row++) {
            assertEquals(1, t.doubleColumn("kernel_cached").get(row), "point " + row + " reused the compiled kernel");
        }
    }

    private Cli.Result sweep(String out, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("sweep", script().toString(), "--grid", "I=0.2nA,0.3nA", "--grid", "n=10,-1",
            "--seeds", "1..2", "--out", dir.resolve(out).toString()));
        args.addAll(List.of(more));
        return synfire(args.toArray(String[]::new));
    }

    private byte[] bytes(String folder) throws Exception {
        return Files.readAllBytes(dir.resolve(folder).resolve("sweep.csv"));
    }

    @Test
    void malformedStudiesAreRefusedBeforeAnythingRuns() throws Exception {
        String s = script().toString();
        String[][] cases = {
            {"--grid", "n="}, {"grid 'n=': no values after '='; give them as n=4,5,6 or n=1:4:0.5"},
            {"--grid", "n=1:0:1"}, {"grid 'n=1:0:1': the range 1:0:1 is empty"},
            {"--grid", "n=1", "--grid", "n=2"}, {"grid 'n=2': the parameter n is given twice; give all its values in one, e.g. n=4,5,6"},
            {"--grid", "nn=1,2"}, {"--grid nn: the script asks for no parameter of that name (it asks for: I, n); did you mean n? Nothing was run."},
            {"--seeds", "3..1"}, {"seeds '3..1': the range 3..1 is empty; give the smaller seed first, e.g. 1..3"},
            {"--shard", "3/2"}, {"shard 3/2: give K/N with 1 <= K <= N"},
        };
        for (int k = 0; k < cases.length; k += 2) {
            List<String> args = new java.util.ArrayList<>(List.of("sweep", s, "--out", dir.resolve("never").toString()));
            args.addAll(List.of(cases[k]));
            Cli.Result r = synfire(args.toArray(String[]::new));
            assertEquals(2, r.code(), String.join(" ", cases[k]) + ": " + r.err());
            assertTrue(r.err().startsWith("synfire sweep: " + cases[k + 1][0]), r.err());
            assertTrue(!Files.exists(dir.resolve("never")), "nothing was written for " + String.join(" ", cases[k]));
        }
        Path points = dir.resolve("points.csv");
        Files.writeString(points, "g\n1\n");
        Cli.Result column = synfire("sweep", s, "--points", points.toString(), "--out", dir.resolve("never").toString());
        assertTrue(column.err().startsWith("synfire sweep: --points " + points + ": the column g: the script asks for no parameter"), column.err());
        assertTrue(synfire("sweep").err().startsWith("synfire sweep: give one script"));
        assertTrue(synfire("sweep", "--merge", dir.toString()).err().startsWith("synfire sweep --merge: give the shards' study folders and --out"));
    }

    @Test
    void everyPointRunsAsSynfireRunWouldAndTheTableIsTheSameForOneOrTwoPointsAtATime() throws Exception {
        Cli.Result one = sweep("one", "--parallel", "1");
        assertEquals(1, one.code(), "four points fail, so the exit code says so: " + one.err());
        assertTrue(one.out().startsWith("synfire sweep: 8 of 8 points in "), one.out() + one.err());
        assertTrue(one.out().contains("4 points failed (the error column of sweep.csv has each message); the first, point 2 (I=0.2nA, n=-1, seed 1): "),
            one.out());
        Table t = Tables.readCsv(dir.resolve("one/sweep.csv"));
        assertEquals(List.of("point", "I_nA", "n", "seed", "rate_Hz", "first_spike_ms", "status", "error", "folder"), t.columnNames());
        assertEquals(List.of("ok", "ok", "failed", "failed", "ok", "ok", "failed", "failed"), t.stringColumn("status").asList());
        // A larger current fires faster, and the seed moves the start potentials, so the first spike.
        assertTrue(t.doubleColumn("rate_Hz").get(4) > t.doubleColumn("rate_Hz").get(0), t.print());
        assertTrue(t.doubleColumn("first_spike_ms").get(0) != t.doubleColumn("first_spike_ms").get(1), t.print());
        Path folder = dir.resolve("one").resolve(t.stringColumn("folder").get(4));
        assertTrue(Files.readString(folder.resolve("manifest.json")).contains("\"status\": \"completed\""));
        assertTrue(Files.readString(folder.resolve("manifest.json")).contains("\"params\": {\"I\": \"0.3nA\", \"n\": \"10\"}"));
        assertTrue(Files.readString(folder.resolve("manifest.json")).contains("\"seed\": 1"));
        assertTrue(Files.readString(folder.resolve("output.txt")).endsWith(" spikes\n"));
        Path failed = dir.resolve("one").resolve(t.stringColumn("folder").get(2));
        assertTrue(Files.readString(failed.resolve("manifest.json")).contains("\"status\": \"failed\""));
        assertTrue(Files.readString(dir.resolve("one/study.json")).contains("\"script_sha256\": "));
        assertEquals("I_nA,n,seeds,failed,rate_Hz_mean,rate_Hz_sd,first_spike_ms_mean,first_spike_ms_sd",
            Files.readAllLines(dir.resolve("one/sweep_mean.csv")).get(0));

        Cli.Result two = sweep("two", "--parallel", "2");
        assertEquals(1, two.code(), two.err());
        assertArrayEquals(bytes("one"), bytes("two"), "two points at a time give the same bytes");

        Cli.Result again = sweep("one", "--parallel", "1");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("holds a study already (study.json); resume it"), again.err());
    }

    @Test
    void shardsResumeAndMergeIntoTheWholeStudy() throws Exception {
        assertEquals(1, sweep("whole", "--parallel", "1").code());
        for (int k = 1; k <= 2; k++) {
            Cli.Result part = sweep("part" + k, "--shard", k + "/2");
            assertTrue(part.out().startsWith("synfire sweep: 4 of 4 points"), part.out());
        }
        Cli.Result merged = synfire("sweep", "--merge", dir.resolve("part1").toString(), dir.resolve("part2").toString(), "--out",
            dir.resolve("merged").toString());
        assertTrue(merged.out().startsWith("synfire sweep: merged 8 points from 2 folders into " + dir.resolve("merged")), merged.out());
        assertArrayEquals(bytes("whole"), bytes("merged"));
        // A study stopped half-way (here: one shard's points done) continues with --resume.
        Cli.Result resumed = sweep("part1", "--resume");
        assertTrue(resumed.out().startsWith("synfire sweep: 8 of 8 points (2 resumed) in "), resumed.out());
        assertArrayEquals(bytes("whole"), bytes("part1"));
    }
}
