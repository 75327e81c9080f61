package org.synfire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution {@code mvn package} makes (target/synfire-VERSION and its tarball), run through
 * its own launcher: what it holds, that a copy of it runs with nothing of the checkout or of
 * {@code ~/.m2}, that {@code kernel install} copies it so the kernels outlive the folder they were
 * installed from, and the launcher's messages when Java is missing or too old. Slow: it needs the
 * package phase, so it runs in {@code mvn verify}.
 */
@Tag("slow")
public class DistributionTest {
    @TempDir
    Path dir;

    /** The distribution of this build, failing with what to do when `mvn package` has not made it. */
    public static Path built() {
        Path dist = Path.of("target/synfire-" + Main.version()).toAbsolutePath();
        assertTrue(Files.isExecutable(dist.resolve("bin/synfire")), "no distribution at " + dist + ": run mvn -B package first");
        return dist;
    }

    private record Run(int code, String out, String err) {
    }

    private Run launch(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
            .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "synfire " + String.join(" ", args) + " did not finish within 2 minutes");
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void libHoldsTheRuntimeJarsEachNamedInThirdParty() throws Exception {
        Path dist = built();
        List<String> jars;
        try (Stream<Path> lib = Files.list(dist.resolve("lib"))) {
            jars = lib.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(jars.contains("synfire-" + Main.version() + ".jar") && jars.stream().anyMatch(j -> j.startsWith("groovy-")), jars.toString());
        assertTrue(jars.stream().noneMatch(j -> j.matches("(junit|opentest4j|apiguardian).*")), "no test jars: " + jars);
        String thirdParty = Files.readString(dist.resolve("THIRD-PARTY"));
        for (String jar : jars) {
            String artifact = jar.replaceFirst("-[0-9].*$", "");
            assertTrue(artifact.equals("synfire") || thirdParty.contains(artifact), jar + " is bundled but THIRD-PARTY does not name its licence");
        }
        assertTrue(Files.readString(dist.resolve("LICENSE")).contains("Apache License"));
        assertTrue(Files.isRegularFile(dist.resolve("licences/groovy-5.0.8-jar/META-INF/LICENSE")), "the licences the jars carry");
        Process tar = new ProcessBuilder("tar", "tzf", dist.resolveSibling(dist.getFileName() + ".tar.gz").toString())
            .redirectErrorStream(true).start();
        String listing = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, tar.waitFor(), listing);
        String base = dist.getFileName() + "/";
        assertTrue(listing.contains(base + "bin/synfire\n") && listing.contains(base + "bin/synfire.cmd\n")
            && listing.contains(base + "lib/synfire-" + Main.version() + ".jar\n") && listing.contains(base + "THIRD-PARTY\n"), listing);
        assertTrue(Files.readString(dist.resolve("bin/synfire.cmd")).contains("\r\n"), "cmd.exe's line ends");
        assertFalse(Files.readString(dist.resolve("bin/synfire")).contains("\r"), "bash's line ends");
    }

    @Test
    void aCopyRunsWithoutTheCheckoutAndItsKernelsOutliveIt() throws Exception {
        Path copy = dir.resolve("moved/synfire");
        copyTree(built(), copy, p -> true);
        Path home = Files.createDirectories(dir.resolve("home"));
        Map<String, String> env = Map.of("HOME", home.toString(), "XDG_CACHE_HOME", home.resolve(".cache").toString());
        Path script = dir.resolve("where.groovy");
        Files.writeString(script, "println System.getProperty('java.class.path')\n");
        Run run = launch(copy.resolve("bin/synfire"), env, "run", script.toString(), "--out", dir.resolve("o").toString());
        assertEquals(0, run.code(), run.err());
        for (String entry : run.out().lines().findFirst().orElseThrow().split(":")) {
            assertTrue(entry.startsWith(copy.resolve("lib").toRealPath() + "/"), "only the copy's jars: " + run.out());
        }
        assertEquals("", run.err(), "neither the incubator warning nor CDS news reach stderr");

        Path prefix = dir.resolve("prefix");
        Run install = launch(copy.resolve("bin/synfire"), env, "kernel", "install", "--prefix", prefix.toString());
        assertEquals(0, install.code(), install.err());
        deleteTree(dir.resolve("moved"));
        Path installed = prefix.resolve("share/jupyter/synfire/" + Main.version() + "/bin/synfire");
        assertTrue(Files.readString(prefix.resolve("share/jupyter/kernels/synfire-groovy/kernel.json")).contains(installed.toString()));
        // Install made the start-up archive the kernels map; the run maps it too and says only what the script prints.
        try (Stream<Path> archives = Files.list(installed.getParent().resolveSibling("cds"))) {
            assertEquals(1, archives.filter(a -> a.getFileName().toString().matches("synfire-[0-9]+-[0-9]+\\.jsa")).count());
        }
        Files.writeString(script, "println 6 * 7\n");
        Run again = launch(installed, env, "run", script.toString(), "--out", dir.resolve("o").toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().startsWith("42\n"), again.out());
        assertEquals("", again.err());
        // Each script left its compiled classes: this one, the first (the installed copy's jars are
        // others than the moved copy's, so its entry would not fit here) and the one install ran.
        Path scripts = home.resolve(".cache/synfire/scripts");
        try (Stream<Path> entries = Files.list(scripts)) {
            assertEquals(3, entries.count(), "one compiled script per script and Synfire");
        }
        Run cached = launch(installed, env, "run", script.toString(), "--out", dir.resolve("o").toString());
        assertEquals(again.out(), cached.out());
        try (Stream<Path> entries = Files.list(scripts)) {
            assertEquals(3, entries.count(), "the script ran again from its entry");
        }
        // The parameters a script asks for come from its entry too.
        Run misspelt = launch(installed, env, "run", script.toString(), "--out", dir.resolve("o").toString(), "--param", "sede=1");
        assertEquals(2, misspelt.code());
        assertTrue(misspelt.err().startsWith("synfire run: --param sede: the script asks for no parameter of that name"), misspelt.err());
    }

    @Test
    void theLauncherSaysWhenJavaIsMissingOrTooOld() throws Exception {
        Path launcher = built().resolve("bin/synfire");
        Run missing = launch(launcher, Map.of("JAVA_HOME", "/nonexistent"), "--version");
        assertEquals(1, missing.code());
        assertEquals("synfire: JAVA_HOME is /nonexistent but /nonexistent/bin/java is not a program: set JAVA_HOME to a JDK 17 "
            + "or later, or unset it to use the java on PATH\n", missing.err());
        Path old = Files.createDirectories(dir.resolve("jdk11/bin")).resolve("java");
        Files.writeString(old, "#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n");
        assertTrue(old.toFile().setExecutable(true));
        Run tooOld = launch(launcher, Map.of("JAVA_HOME", old.getParent().getParent().toString()), "--version");
        assertEquals(1, tooOld.code());
        assertEquals("synfire: " + old + " is Java 11.0.2; Synfire needs Java 17 or later: set JAVA_HOME to a JDK 17+ or put one "
            + "first on PATH\n", tooOld.err());
        Run java = launch(launcher, Map.of(), "--version");
        assertEquals(0, java.code(), java.err());
        assertTrue(java.out().startsWith("synfire " + Main.version() + "\n"), java.out());
    }

    @Test
    void theJavaMavenExampleRunsOnTheLibJars() throws Exception {
        // What examples/java-maven/run.sh does through `mvn install`, without touching ~/.m2: compile
        // its Main against the distribution's jars and run it.
        String classPath;
        try (Stream<Path> jars = Files.list(built().resolve("lib"))) {
            classPath = String.join(":", jars.map(Path::toString).sorted().toList());
        }
        Path classes = dir.resolve("classes");
        int compiled = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
            "-cp", classPath, "examples/java-maven/src/main/java/example/Main.java");
        assertEquals(0, compiled);
        Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaCommand.toString(), "--add-modules", "jdk.incubator.vector", "-cp", classes + ":" + classPath,
            "example.Main").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        // The weakest currents stay below the firing threshold; above it the count grows with the current.
        java.util.regex.Matcher counts = java.util.regex.Pattern.compile("neuron ([0-9]): ([0-9]+) spikes").matcher(out);
        int last = -1;
        int neurons = 0;
        while (counts.find()) {
            int count = Integer.parseInt(counts.group(2));
            assertTrue(count >= last, out);
            last = count;
            neurons++;
        }
        assertEquals(10, neurons, out);
        assertTrue(last > 50, out);
    }

    /** Copies {@code from} to {@code to} with times and modes, leaving out the paths (relative to {@code from}) {@code keep} refuses. */
    static void copyTree(Path from, Path to, java.util.function.Predicate<Path> keep) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path relative = from.relativize(f);
                if (!relative.toString().isEmpty() && !keep.test(relative)) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
