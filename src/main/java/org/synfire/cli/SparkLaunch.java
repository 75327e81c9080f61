package org.synfire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * How {@code synfire sweep --executor spark://...} reaches Spark without Spark ever being on the
 * class path of {@code synfire} itself: like {@code spark-submit}, it starts a second JVM whose
 * class path is Spark's jars ({@code $SPARK_HOME/jars}), Synfire's and Synfire's Spark module
 * ({@code synfire-spark}, from the distribution's {@code spark/} folder or
 * {@code $SYNFIRE_SPARK_JAR}), with the JVM options Spark needs on Java 17, and runs the same
 * command there, where the Spark executor is found. The module names the Spark version it was
 * built for and those options in its resource {@value #MODULE_PROPERTIES}.
 */
final class SparkLaunch {
    /** The system property that tells the second JVM it is one and lists the jars its workers need. */
    static final String JARS_PROPERTY = "synfire.sweep.jars";
    /** What the Spark module's jar says about itself: {@code spark.version}, {@code scala.binary}, {@code jvm.options}. */
    static final String MODULE_PROPERTIES = "org/synfire/sweep/spark/synfire-spark.properties";

    private final Path sparkJars;
    private final Path module;
    private final Properties about;

    private SparkLaunch(Path sparkJars, Path module, Properties about) {
        this.sparkJars = sparkJars;
        this.module = module;
        this.about = about;
    }

    /** Spark or the Spark module is missing or of another version: the message says what to set. */
    static final class Missing extends Exception {
        private static final long serialVersionUID = 1L;

        Missing(String message) {
            super(message);
        }
    }

    /**
     * Finds Spark and the Spark module.
     *
     * @param where the executor asked for, for messages
     * @param env   the environment ({@code SPARK_HOME}, {@code SYNFIRE_SPARK_JAR})
     * @param home  the distribution's folder ({@code synfire.home}), or null when run from classes
     */
    static SparkLaunch find(String where, Map<String, String> env, String home) throws Missing {
        String need = "--executor " + where + " runs the study on Apache Spark, which is not part of Synfire: ";
        Path module = module(env, home);
        if (module == null) {
            throw new Missing(need + "Synfire's Spark module (synfire-spark) was not found"
                + (home == null ? "" : " in " + Path.of(home, "spark")) + ". Build it with 'mvn -B verify' (or 'mvn -B -f spark/pom.xml "
                + "package' after 'mvn -B package'), which puts it in target/synfire-VERSION/spark/, or set SYNFIRE_SPARK_JAR to its jar. "
                + "Nothing was run.");
        }
        Properties about = new Properties();
        try (URLClassLoader jar = new URLClassLoader(new URL[] {module.toUri().toURL()}, null);
             InputStream in = jar.getResourceAsStream(MODULE_PROPERTIES)) {
            if (in == null) {
                throw new Missing(need + module + " is no synfire-spark jar (it lacks " + MODULE_PROPERTIES + "); rebuild it. Nothing was run.");
            }
            about.load(in);
        } catch (IOException e) {
            throw new Missing(need + "cannot read " + module + " (" + e.getMessage() + "). Nothing was run.");
        }
        String version = about.getProperty("spark.version");
        String scala = about.getProperty("scala.binary");
        String core = "spark-core_" + scala + "-" + version + ".jar";
        String sparkHome = env.get("SPARK_HOME");
        if (sparkHome == null || sparkHome.isBlank()) {
            throw new Missing(need + "set SPARK_HOME to a Spark " + version + " installation (Scala " + scala + "), e.g. export SPARK_HOME="
                + "/opt/spark-" + version + "-bin-hadoop3 (the folder whose jars/ holds " + core + "), as for spark-submit. Nothing was run.");
        }
        Path jars = Path.of(sparkHome, "jars");
        if (!Files.isRegularFile(jars.resolve(core))) {
            throw new Missing(need + "SPARK_HOME=" + sparkHome + " has no jars/" + core + found(jars) + "; synfire-spark is built for Spark "
                + version + " (Scala " + scala + "), and a driver must match its cluster's version: point SPARK_HOME at a Spark " + version
                + " installation. Nothing was run.");
        }
        return new SparkLaunch(jars, module, about);
    }

    private static Path module(Map<String, String> env, String home) {
        String given = env.get("SYNFIRE_SPARK_JAR");
        if (given != null && !given.isBlank()) {
            Path jar = Path.of(given);
            return Files.isRegularFile(jar) ? jar : null;
        }
        if (home == null) {
            return null;
        }
        try (Stream<Path> files = Files.list(Path.of(home, "spark"))) {
            return files.filter(f -> f.getFileName().toString().matches("synfire-spark-.*\\.jar")).sorted().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** What spark-core jar the folder holds instead, for the message. */
    private static String found(Path jars) {
        try (Stream<Path> files = Files.list(jars)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("spark-core_")).findFirst()
                .map(n -> " (it has " + n + ")").orElse(" (no spark-core jar at all)");
        } catch (IOException e) {
            return " (no jars/ folder)";
        }
    }

    /**
     * The second JVM's command: Spark's options, this JVM's heap and {@code -D} settings, Spark's
     * jars before Synfire's (as on Spark's executors, whose class loader asks Spark's jars first),
     * and the same {@code synfire} arguments.
     */
    List<String> command(List<String> args) {
        List<String> synfire = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            // Spark brings its own slf4j provider; a second one makes slf4j warn on every start.
            if (!entry.isEmpty() && !Path.of(entry).getFileName().toString().startsWith("slf4j-nop")) {
                synfire.add(entry);
            }
        }
        synfire.add(module.toString());
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(Arrays.asList(about.getProperty("jvm.options").trim().split("\\s+")));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-Xmx") || a.startsWith("-Xss") || a.startsWith("-D")) {
                cmd.add(a);
            }
        }
        cmd.add("-D" + JARS_PROPERTY + "=" + String.join(java.io.File.pathSeparator, synfire));
        cmd.add("-cp");
        cmd.add(sparkJars.resolve("*") + java.io.File.pathSeparator + String.join(java.io.File.pathSeparator, synfire));
        cmd.add(Main.class.getName());
        cmd.addAll(args);
        return cmd;
    }

    /**
     * Runs the command in a second JVM, its output copied to {@code out} and {@code err}; a signal
     * to this JVM stops it (its study writes what ended, as a study in this JVM would).
     *
     * @return its exit code
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command(args)).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        Thread stop = new Thread(() -> {
            p.destroy();
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "synfire-spark-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        Thread o = copy(p.getInputStream(), out);
        Thread e = copy(p.getErrorStream(), err);
        try {
            int code = p.waitFor();
            o.join();
            e.join();
            return code;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // The hook is stopping the second JVM.
            }
        }
    }

    private static Thread copy(InputStream from, OutputStream to) {
        Thread t = new Thread(() -> {
            try (from) {
                byte[] buffer = new byte[8192];
                for (int n; (n = from.read(buffer)) > 0; ) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                // The second JVM has gone; its exit code says how.
            }
        }, "synfire-spark-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The jars the second JVM's workers need, from {@link #JARS_PROPERTY}; empty in a JVM started otherwise (by spark-submit). */
    static List<Path> shippedJars() {
        String jars = System.getProperty(JARS_PROPERTY);
        if (jars == null || jars.isBlank()) {
            return List.of();
        }
        return Arrays.stream(jars.split(java.io.File.pathSeparator)).map(Path::of).toList();
    }
}
