package org.synfire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code synfire sweep --executor spark://...} finds Spark and Synfire's Spark module, and
 * what it says when either is missing (the run on a real Spark is the {@code spark} module's test).
 */
class SparkLaunchTest {
    @TempDir
    Path dir;

    private static final String NEED = "--executor spark://127.0.0.1:7077 runs the study on Apache Spark, which is not part of Synfire: ";

    /** A synfire-spark jar as the module's build makes it: only its properties matter here. */
    private Path module(Path home) throws Exception {
        Path jar = home.resolve("spark/synfire-spark-0.1.0-SNAPSHOT.jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(SparkLaunch.MODULE_PROPERTIES));
            out.write("spark.version=4.2.0\nscala.binary=2.13\njvm.options=-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.nio=ALL-UNNAMED\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return jar;
    }

    private Path sparkHome(String core) throws Exception {
        Path jars = Files.createDirectories(dir.resolve("spark-home/jars"));
        try (OutputStream o = Files.newOutputStream(jars.resolve(core))) {
            o.write(0);
        }
        return jars.getParent();
    }

    private String missing(Map<String, String> env, String home) {
        return assertThrows(SparkLaunch.Missing.class, () -> SparkLaunch.find("spark://127.0.0.1:7077", env, home)).getMessage();
    }

    @Test
    void withoutTheModuleItSaysHowToBuildIt() {
        assertEquals(NEED + "Synfire's Spark module (synfire-spark) was not found in " + dir.resolve("spark") + ". Build it with 'mvn -B verify' "
            + "(or 'mvn -B -f spark/pom.xml package' after 'mvn -B package'), which puts it in target/synfire-VERSION/spark/, or set "
            + "SYNFIRE_SPARK_JAR to its jar. Nothing was run.", missing(Map.of(), dir.toString()));
    }

    @Test
    void withoutSparkHomeItSaysToSetIt() throws Exception {
        module(dir);
        assertEquals(NEED + "set SPARK_HOME to a Spark 4.2.0 installation (Scala 2.13), e.g. export SPARK_HOME=/opt/spark-4.2.0-bin-hadoop3 "
            + "(the folder whose jars/ holds spark-core_2.13-4.2.0.jar), as for spark-submit. Nothing was run.", missing(Map.of(), dir.toString()));
    }

    @Test
    void anotherSparkVersionIsRefused() throws Exception {
        Path jar = module(dir.resolve("elsewhere"));
        Path home = sparkHome("spark-core_2.13-3.5.9.jar");
        assertEquals(NEED + "SPARK_HOME=" + home + " has no jars/spark-core_2.13-4.2.0.jar (it has spark-core_2.13-3.5.9.jar); synfire-spark is "
            + "built for Spark 4.2.0 (Scala 2.13), and a driver must match its cluster's version: point SPARK_HOME at a Spark 4.2.0 "
            + "installation. Nothing was run.", missing(Map.of("SPARK_HOME", home.toString(), "SYNFIRE_SPARK_JAR", jar.toString()), null));
    }

    @Test
    void theSecondJvmHasSparksOptionsAndJarsFirstAndTheSameArguments() throws Exception {
        module(dir);
        Path home = sparkHome("spark-core_2.13-4.2.0.jar");
        SparkLaunch launch = SparkLaunch.find("local[2]", Map.of("SPARK_HOME", home.toString()), dir.toString());
        List<String> cmd = launch.command(List.of("sweep", "x.groovy", "--executor", "local[2]"));
        assertEquals(List.of("-XX:+IgnoreUnrecognizedVMOptions", "--add-opens=java.base/java.nio=ALL-UNNAMED"), cmd.subList(1, 3));
        String cp = cmd.get(cmd.indexOf("-cp") + 1);
        assertTrue(cp.startsWith(home.resolve("jars") + "/*" + java.io.File.pathSeparator), cp);
        assertTrue(cp.endsWith(dir.resolve("spark/synfire-spark-0.1.0-SNAPSHOT.jar").toString()), cp);
        assertTrue(cmd.stream().anyMatch(a -> a.startsWith("-D" + SparkLaunch.JARS_PROPERTY + "=")), cmd.toString());
        assertEquals(List.of(Main.class.getName(), "sweep", "x.groovy", "--executor", "local[2]"), cmd.subList(cmd.size() - 5, cmd.size()));
    }

    @Test
    void theCommandRefusesAnUnknownExecutorAndSaysWhatSparkNeeds() throws Exception {
        Path script = dir.resolve("x.groovy");
        Files.writeString(script, "def g = param('g', 1)\n[g2: g * 2]\n");
        Cli.Result r = Cli.synfire("sweep", script.toString(), "--grid", "g=1,2", "--executor", "mesos://h:5050", "--out", dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertEquals("synfire sweep: --executor mesos://h:5050 is no executor; give local, local[N], spark://HOST:PORT or spark\n", r.err());
        String[][] cases = {
            {"--executor", "local[2]", "--parallel", "2"}, {"synfire sweep: --parallel and --threads are for --executor local; on Spark a point "
                + "takes spark.task.cpus cores and the cluster's cores set how many run at once\n"},
            {"--executor", "local[2]", "--conf", "spark.executor.memory"}, {"synfire sweep: --conf spark.executor.memory: give KEY=VALUE, "
                + "e.g. --conf spark.executor.memory=2g\n"},
            {"--conf", "spark.executor.memory=2g"}, {"synfire sweep: --conf is for Spark (--executor local[N] or spark://HOST:PORT); the "
                + "local executor takes --parallel and --threads\n"},
        };
        for (int k = 0; k < cases.length; k += 2) {
            List<String> args = new java.util.ArrayList<>(List.of("sweep", script.toString(), "--grid", "g=1,2", "--out", dir.resolve("o").toString()));
            args.addAll(List.of(cases[k]));
            r = Cli.synfire(args.toArray(String[]::new));
            assertEquals(2, r.code(), String.join(" ", cases[k]));
            assertEquals(cases[k + 1][0], r.err(), String.join(" ", cases[k]));
        }
        if (System.getenv("SYNFIRE_SPARK_JAR") == null && System.getProperty("synfire.home") == null) {
            r = Cli.synfire("sweep", script.toString(), "--grid", "g=1,2", "--executor", "local[2]", "--out", dir.resolve("o").toString());
            assertEquals(2, r.code());
            assertTrue(r.err().startsWith("synfire sweep: --executor local[2] runs the study on Apache Spark, which is not part of Synfire: "
                + "Synfire's Spark module (synfire-spark) was not found."), r.err());
        }
        assertTrue(Files.notExists(dir.resolve("o")), "nothing was run");
    }
}
