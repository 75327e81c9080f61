package org.synfire.cli;

import static org.synfire.cli.Cli.synfire;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synfire.shell.JShellLauncher;

class MainTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"", "demo", "run", "sweep", "shell", "jshell", "kernel"})
    void everyCommandsHelpSaysWhatItDoesWithAnExample(String command) {
        List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command));
        args.add("--help");
        Cli.Result r = synfire(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Usage: synfire"), r.out());
        assertTrue(r.out().contains("Example"), r.out());
    }

    private static final String SCRIPT = """
        import tech.tablesaw.api.*
        def n = param('n', 50)
        seed 1
        def exc = group('exc', n, lif(), I: '0.15*nA + rand()*0.1*nA')
        def sp = probe spikes(exc)
        run 300.ms
        def trains = sp.trains
        save Table.create('spikes', IntColumn.create('neuron', trains.indices()), DoubleColumn.create('t_ms', trains.times(ms))), 'spikes'
        """;

    @Test
    void aScriptsTablesAreByteIdenticalForTheSameSeedAndComeWithAManifest() throws Exception {
        Path script = dir.resolve("fi.groovy");
        Files.writeString(script, SCRIPT);
        Cli.Result first = synfire("run", script.toString(), "--param", "n=40", "--seed", "7", "--out", dir.resolve("a").toString());
        assertEquals(0, first.code(), first.err());
        Cli.Result again = synfire("run", script.toString(), "--param", "n=40", "--seed", "7", "--out", dir.resolve("b").toString());
        Cli.Result other = synfire("run", script.toString(), "--param", "n=40", "--seed", "8", "--out", dir.resolve("c").toString());
        byte[] a = Files.readAllBytes(dir.resolve("a/spikes.csv"));
        assertArrayEquals(a, Files.readAllBytes(dir.resolve("b/spikes.csv")));
        assertFalse(java.util.Arrays.equals(a, Files.readAllBytes(dir.resolve("c/spikes.csv"))), "another seed, other spikes");
        assertTrue(Files.readString(dir.resolve("a/spikes.csv")).startsWith("neuron,t_ms"));
        String manifest = Files.readString(dir.resolve("a/manifest.json"));
        for (String field : List.of("\"synfire\"", "\"script_sha256\"", "\"params\": {\"n\": \"40\"}", "\"seed\": 7", "\"threads\"",
            "\"wall_s\"", "\"spikes\": {\"exc\": ", "\"file\": \"spikes.csv\"")) {
            assertTrue(manifest.contains(field), field + " in\n" + manifest);
        }
        assertEquals(0, again.code() + other.code());
    }

    @Test
    void aFailingScriptExitsWithItsLineAndAMissingOneSaysWhatToGive() throws Exception {
        Path script = dir.resolve("bad.groovy");
        Files.writeString(script, "def exc = group('exc', 10, lif())\nconnect exc, exc, onPre: 'v += 1*mV', pp: 0.1\n");
        Cli.Result bad = synfire("run", script.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("bad.groovy:2: connect: unknown named argument 'pp'"), bad.err());
        String manifest = Files.readString(dir.resolve("out/manifest.json"));
        assertTrue(manifest.startsWith("{\n  \"status\": \"failed\",\n  \"error\": \"bad.groovy:2: connect: unknown named argument"),
            manifest);
        Cli.Result missing = synfire("run", dir.resolve("nothing.groovy").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no script at"), missing.err());
    }

    @Test
    void anUnknownParameterIsRefusedBeforeTheRun() throws Exception {
        Path script = dir.resolve("p.groovy");
        Files.writeString(script, "def g = param('g', 5.0)\nprintln g * 2\n");
        Cli.Result typo = synfire("run", script.toString(), "--param", "gg=2.5", "--out", dir.toString());
        assertEquals(2, typo.code(), typo.err());
        assertEquals("", typo.out(), "nothing ran");
        assertTrue(typo.err().contains("--param gg: the script asks for no parameter of that name (it asks for: g); did you mean g?"),
            typo.err());
        assertTrue(typo.err().contains("--allow-unused-params"), typo.err());
        Cli.Result r = synfire("run", script.toString(), "--param", "g=2.5", "--param", "eta=3", "--allow-unused-params",
            "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("5.0"), r.out());
        assertTrue(Files.readString(dir.resolve("manifest.json")).startsWith("{\n  \"status\": \"completed\""));
        assertTrue(r.err().contains("--param eta was given but the script never asks for it (it asks for: g)"), r.err());
        Path computed = dir.resolve("computed.groovy");
        Files.writeString(computed, "def name = 'g'\nprintln param(name, 1)\n");
        Cli.Result dynamic = synfire("run", computed.toString(), "--param", "h=2", "--out", dir.toString());
        assertEquals(0, dynamic.code(), "a computed name can only be checked by running: " + dynamic.err());
        assertTrue(dynamic.err().contains("--param h was given but the script never asks for it"), dynamic.err());
        Cli.Result wrong = synfire("run", script.toString(), "--param", "g=fast", "--out", dir.toString());
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("--param g=fast is not a number"), wrong.err());
    }

    @Test
    void pathsThatAreNoScriptAndAnOutThatIsAFileAreRefusedInOneLine() throws Exception {
        Path good = dir.resolve("ok.groovy");
        Files.writeString(good, "println 'ran'\n");
        Cli.Result folder = synfire("run", dir.toString());
        assertEquals(2, folder.code());
        assertEquals("synfire run: " + dir + " is a folder, not a script; give the path of a .groovy file (it holds ok.groovy)\n",
            folder.err());
        Path binary = dir.resolve("image.groovy");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        Cli.Result bin = synfire("run", binary.toString());
        assertEquals(2, bin.code());
        assertEquals("synfire run: " + binary + " is a binary file (byte 4 is 0), not a Groovy script\n", bin.err());
        Path latin1 = dir.resolve("latin1.groovy");
        Files.write(latin1, "println 'ok'\nprintln 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result notUtf8 = synfire("run", latin1.toString());
        assertEquals(2, notUtf8.code());
        assertEquals("synfire run: " + latin1 + " is not UTF-8 text (line 2, byte 25 is 0xE9); save it as UTF-8\n", notUtf8.err());
        Path file = dir.resolve("results.txt");
        Files.writeString(file, "not a folder");
        Cli.Result out = synfire("run", good.toString(), "--out", file.toString());
        assertEquals(2, out.code());
        assertEquals("", out.out(), "refused before the script ran");
        assertTrue(out.err().contains("--out " + file + " is a file; give a folder for the results"), out.err());
    }

    @Test
    void aRunStoppedBySigtermLeavesAManifestThatSaysSo() throws Exception {
        Path script = dir.resolve("slow.groovy");
        Files.writeString(script, "group('g', 2000, hodgkinHuxley())\nbuild()\nsave 'built', 'marker'\nrun 1000.s\n");
        Path out = dir.resolve("slow");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), "org.synfire.cli.Main", "run", script.toString(), "--out", out.toString())
            .redirectErrorStream(true).redirectOutput(dir.resolve("slow.log").toFile()).start();
        Path manifest = out.resolve("manifest.json");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!(Files.exists(manifest) && Files.readString(manifest).contains("marker.txt")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(Files.readString(manifest).contains("\"status\": \"running\""), "a saved file is in the manifest while the script runs");
        Thread.sleep(1500);
        run.destroy();
        assertTrue(run.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the run stops on SIGTERM");
        assertTrue(run.exitValue() != 0, "and exits non-zero");
        String record = Files.readString(manifest);
        assertTrue(record.contains("\"status\": \"interrupted\"") && record.contains("stopped by a signal"), record);
        assertTrue(record.contains("\"file\": \"marker.txt\""), "the files written so far: " + record);
        java.util.regex.Matcher simulated = java.util.regex.Pattern.compile("\"simulated_s\": ([0-9.eE-]+)").matcher(record);
        assertTrue(simulated.find() && Double.parseDouble(simulated.group(1)) > 0, "the simulated time reached: " + record);
        assertFalse(Files.exists(out.resolve("manifest.json.writing")), "written whole");
    }

    @Test
    void jshellStartsWithSynfireImported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        String input = "System.out.println(\"net \" + Network.create().spec().dt() + \" \" + ms.of(3));\n"
            + "Network n = Network.create(); n.group(\"g\", 2000, Library.lif());\n"
            + "System.out.println(\"lanes \" + Simulation.build(n).report().group(\"g\").lanes());\n/exit\n";
        JShellLauncher.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), print, print, "-q");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("net 100 us 3 ms"), out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("lanes vector"), "JShell's own JVM has the vector module: "
            + out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void kernelInstallListAndRemoveGoThroughTheCommand() throws Exception {
        Path prefix = dir.resolve("prefix");
        // What the launcher passes: the distribution it runs from (here a stand-in with a launcher and the jar's name).
        Path dist = dir.resolve("dist");
        Files.createDirectories(dist.resolve("bin"));
        Files.createDirectories(dist.resolve("lib"));
        Files.writeString(dist.resolve("bin/synfire"), "");
        Files.writeString(dist.resolve("lib/synfire-0.1.0.jar"), "");
        System.setProperty("synfire.home", dist.toString());
        Cli.Result install;
        try {
            install = synfire("kernel", "install", "--prefix", prefix.toString());
        } finally {
            System.clearProperty("synfire.home");
        }
        assertEquals(0, install.code(), install.err());
        Path spec = prefix.resolve("share/jupyter/kernels/synfire-groovy/kernel.json");
        assertTrue(Files.readString(spec).contains("\"kernel\",\n    \"start\""), Files.readString(spec));
        assertEquals(2, synfire("kernel", "start", "cobol", "conn.json").code(), "start names its kernels");
        Cli.Result remove = synfire("kernel", "remove", "--prefix", prefix.toString());
        assertEquals(0, remove.code(), remove.err());
        assertFalse(Files.exists(spec));
        assertEquals(2, synfire("kernel", "reinstall").code());
    }
}
