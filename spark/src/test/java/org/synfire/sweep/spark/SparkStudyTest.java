package org.synfire.sweep.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's {@code synfire sweep} on Spark: the same study on the local executor, on
 * Spark in one JVM ({@code local[2]}) and on a standalone master and worker on 127.0.0.1 that
 * require Spark's shared secret, where one point kills its executor, gives byte-identical
 * {@code sweep.csv} files, with each point's
 * files (the table it saved through Tablesaw on the executor, its manifest and output) brought
 * back to the driver; without {@code SPARK_HOME} the command says what to set.
 */
class SparkStudyTest {
    /**
     * Eight points: 4 currents × 2 seeds; neurons start at random potentials, so the seed matters.
     * While the file {@code armed} exists, the first point to delete it kills its JVM, as a worker
     * that dies mid-study would: Spark runs that executor's points again on a new one.
     */
    private static final String SCRIPT = """
        if (new File('ARMED').delete()) {
            Runtime.runtime.halt(1)
        }
        def I = param('I', 0.2.nA)
        def cells = group('cells', 20, lif(), I: I, v: '-65*mV + rand()*15*mV')
        def sp = probe spikes(cells)
        run 100.ms
        println "${sp.count} spikes"
        def s = summary()
        s.add('rate_Hz', sp.count / 20 / 0.1)
        s.add('spikes', sp.count)
        save s.table(), 'summary'
        """;
    private static final String SECRET = "synfire-test-secret";

    @TempDir
    static Path dir;
    private static Path script;
    private static final List<Process> cluster = new ArrayList<>();
    private static String master;

    private static Path dist() {
        return Path.of(System.getProperty("synfire.dist"));
    }

    private static Path sparkHome() {
        return Path.of(System.getProperty("spark.home")).toAbsolutePath();
    }

    @BeforeAll
    static void start() throws Exception {
        script = dir.resolve("lif.groovy");
        Files.writeString(script, SCRIPT.replace("ARMED", dir.resolve("armed").toString()));
        Files.createDirectories(dir.resolve("conf"));
        Files.writeString(dir.resolve("conf/spark-defaults.conf"), "spark.authenticate true\nspark.authenticate.secret " + SECRET + "\n");
        int port = freePort();
        master = "spark://127.0.0.1:" + port;
        cluster.add(daemon("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", String.valueOf(port),
            "--webui-port", String.valueOf(freePort())));
        cluster.add(daemon("worker", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--webui-port",
            String.valueOf(freePort()), "--cores", "2", "--memory", "1g", "--work-dir", dir.resolve("work").toString(), master));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Process p : cluster) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /** A master or worker as Spark's own scripts start one, with Spark's secret, logging into a file of the test folder. */
    private static Process daemon(String name, String main, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
        cmd.addAll(List.of("-Xmx512m", "-cp", sparkHome().resolve("jars") + "/*", main));
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        env(b.environment());
        return b.start();
    }

    /**
     * Loopback only; the cluster requires Spark's shared secret, which the daemons and the driver
     * read from {@code $SPARK_CONF_DIR/spark-defaults.conf}, so it is on no command line.
     */
    private static void env(Map<String, String> env) {
        env.put("SPARK_HOME", sparkHome().toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_CONF_DIR", dir.resolve("conf").toString());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    record Run(int code, String output) {
    }

    private static Run synfire(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(dist().resolve("bin/synfire").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true);
        b.environment().remove("SPARK_HOME");
        b.environment().put("JAVA_HOME", System.getProperty("java.home"));
        b.environment().putAll(env);
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "synfire " + String.join(" ", args) + " ended");
        return new Run(p.exitValue(), out);
    }

    private static Run sweep(String out, Map<String, String> env, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("sweep", script.toString(), "--grid", "I=0.2nA:0.5nA:0.1nA", "--seeds", "1..2",
            "--out", dir.resolve(out).toString()));
        args.addAll(List.of(more));
        return synfire(env, args.toArray(String[]::new));
    }

    private static byte[] table(String out) throws IOException {
        return Files.readAllBytes(dir.resolve(out).resolve("sweep.csv"));
    }

    @Test
    void sparkGivesTheLocalExecutorsTableByteForByte() throws Exception {
        Run local = sweep("local", Map.of());
        assertEquals(0, local.code(), local.output());
        String csv = new String(table("local"), StandardCharsets.UTF_8);
        assertEquals(9, csv.lines().count(), csv);
        assertTrue(csv.lines().skip(1).allMatch(l -> l.contains(",ok,")), csv);

        Map<String, String> env = new HashMap<>();
        env(env);
        Run inProcess = sweep("local2", env, "--executor", "local[2]", "--conf", "spark.ui.enabled=false");
        assertEquals(0, inProcess.code(), inProcess.output());
        assertArrayEquals(table("local"), table("local2"), "local[2] gives the local executor's sweep.csv");

        awaitWorker();
        Files.writeString(dir.resolve("armed"), "");
        Run standalone = sweep("standalone", env, "--executor", master, "--conf", "spark.ui.enabled=false", "--conf",
            "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1", "--conf", "spark.executor.memory=512m");
        assertEquals(0, standalone.code(), standalone.output() + "\n" + log("master") + log("worker"));
        assertTrue(Files.notExists(dir.resolve("armed")), "a point killed its executor");
        assertTrue(log("worker").contains("Command exited with code 1"), log("worker"));
        assertArrayEquals(table("local"), table("standalone"), "the standalone cluster gives the local executor's sweep.csv, each point once");
        assertArrayEquals(Files.readAllBytes(dir.resolve("local/sweep_mean.csv")), Files.readAllBytes(dir.resolve("standalone/sweep_mean.csv")));
        String study = Files.readString(dir.resolve("standalone/study.json"));
        assertTrue(study.contains("\"executor\": \"spark: " + master + ", one task per point, 1 thread each\""), study);
        try (var points = Files.list(dir.resolve("standalone/points"))) {
            for (Path point : points.toList()) {
                for (String file : List.of("summary.csv", "manifest.json", "output.txt", "result.json")) {
                    assertTrue(Files.isRegularFile(point.resolve(file)), point + " has " + file);
                }
                Path same = dir.resolve("local/points").resolve(point.getFileName());
                assertArrayEquals(Files.readAllBytes(same.resolve("summary.csv")), Files.readAllBytes(point.resolve("summary.csv")));
            }
        }
    }

    @Test
    void withoutSparkHomeTheCommandSaysWhatToSet() throws Exception {
        Run r = sweep("none", Map.of(), "--executor", "local[2]");
        assertEquals(2, r.code(), r.output());
        assertTrue(r.output().contains("synfire sweep: --executor local[2] runs the study on Apache Spark, which is not part of Synfire: "
            + "set SPARK_HOME to a Spark 4.2.0 installation (Scala 2.13)"), r.output());
        assertTrue(Files.notExists(dir.resolve("none")), "nothing was run");
    }

    /** Waits for the worker to register with the master (it logs so), up to a minute on a loaded machine. */
    private static void awaitWorker() throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < end) {
            if (log("worker").contains("Successfully registered with master")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the worker did not register with " + master + "\n" + log("master") + log("worker"));
    }

    private static String log(String name) throws IOException {
        Path f = dir.resolve(name + ".log");
        return Files.exists(f) ? "--- " + name + ".log\n" + Files.readString(f) : "";
    }
}
