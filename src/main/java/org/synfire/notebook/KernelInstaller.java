package org.synfire.notebook;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Installs, lists and removes the Synfire kernelspecs: {@code synfire kernel install [--user|--prefix DIR]},
 * {@code synfire kernel list}, {@code synfire kernel remove [--user|--prefix DIR]}. Install copies the
 * distribution Synfire runs from (the folder of {@code bin/synfire} and {@code lib/}, which the launcher
 * names in the system property {@code synfire.home}) to {@code synfire/VERSION} beside the kernels
 * folder, and writes specs that start that copy's {@code bin/synfire}: notebooks keep working when the
 * checkout moves, {@code target/} or {@code ~/.m2} is deleted, or the JDK changes (the launcher finds
 * Java when the kernel starts). Each spec carries a logo Jupyter shows in its launcher.
 *
 * <p>The command line calls {@link #run(String[], PrintStream, PrintStream)} with the words after
 * {@code kernel}; programs can call {@link #install}, {@link #list} and {@link #remove}.
 */
public final class KernelInstaller {
    /** The kernels, by the name their spec is installed under. */
    public static final Map<String, String> KERNELS = Map.of(
        "synfire-groovy", "groovy",
        "synfire-java", "java");

    private static final Map<String, String> DISPLAY_NAMES = Map.of(
        "groovy", "Synfire (Groovy)",
        "java", "Synfire (Java)");

    static final String USAGE = """
        Usage: synfire kernel install [--user | --prefix DIR]
               synfire kernel list
               synfire kernel remove [--user | --prefix DIR]

          install   copies this Synfire distribution to synfire/VERSION in your Jupyter data
                    directory (--user, the default) or in DIR/share/jupyter (--prefix DIR, e.g. a
                    virtual environment), replacing other versions there, and writes the kernelspecs
                    synfire-groovy and synfire-java (with a logo) that start that copy
          list      shows the Synfire kernelspecs Jupyter can find, and where
          remove    deletes the Synfire kernelspecs and the copy from the same places install writes to
        """;

    private KernelInstaller() {
    }

    /**
     * {@link #run} on the standard streams; exits the JVM with its status.
     *
     * @param args the command and its options, as for {@link #run}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs one of {@code install}, {@code list}, {@code remove} with its options. {@code install}
     * copies the distribution this JVM runs from (the launcher sets {@code synfire.home}; without it install fails with status 1).
     *
     * @param args the command and its options: {@code --user} (the default) or {@code --prefix DIR};
     *             none, {@code --help} or {@code -h} prints the usage
     * @param out  where the usage asked for and what was done are printed
     * @param err  where errors, and the usage after wrong arguments, are printed
     * @return the exit status: 0 done, 1 failed (e.g. nothing to remove, a directory not writable), 2 wrong arguments
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String command = args[0];
        List<String> options = Arrays.asList(args).subList(1, args.length);
        try {
            switch (command) {
                case "install" -> {
                    Path dir = target(options);
                    List<Path> specs = install(dir, runningDistribution());
                    out.println("installed " + distributionDir(dir));
                    for (Path spec : specs) {
                        out.println("installed " + spec);
                    }
                    return 0;
                }
                case "list" -> {
                    if (!options.isEmpty()) {
                        throw new IllegalArgumentException("list takes no options, got " + String.join(" ", options));
                    }
                    List<Path> found = list(searchPath());
                    if (found.isEmpty()) {
                        out.println("no Synfire kernels installed (run: synfire kernel install)");
                    }
                    for (Path spec : found) {
                        out.println(spec.getFileName() + "  " + spec);
                    }
                    return 0;
                }
                case "remove" -> {
                    Path dir = target(options);
                    List<Path> removed = remove(dir);
                    if (removed.isEmpty()) {
                        err.println("synfire kernel remove: no Synfire kernels in " + dir);
                        return 1;
                    }
                    for (Path spec : removed) {
                        out.println("removed " + spec);
                    }
                    return 0;
                }
                default -> throw new IllegalArgumentException("unknown command '" + command + "'");
            }
        } catch (IllegalArgumentException e) {
            err.println("synfire kernel: " + e.getMessage() + "\n");
            err.print(USAGE);
            return 2;
        } catch (UncheckedIOException e) {
            err.println("synfire kernel " + command + ": " + e.getCause().getMessage());
            return 1;
        } catch (IllegalStateException e) {
            err.println("synfire kernel " + command + ": " + e.getMessage());
            return 1;
        }
    }

    /** The distribution this JVM runs from, as its launcher says in {@code synfire.home}. */
    private static Path runningDistribution() {
        String home = System.getProperty("synfire.home");
        if (home == null || home.isBlank()) {
            throw new IllegalStateException("this Synfire was not started from a distribution (the system property "
                + "synfire.home is not set), so there is nothing to install: run scripts/synfire kernel install, or "
                + "bin/synfire kernel install from the folder `mvn package` makes (target/synfire-VERSION)");
        }
        return Path.of(home);
    }

    private static Path target(List<String> options) {
        if (options.isEmpty() || options.equals(List.of("--user"))) {
            return userKernelsDir();
        }
        if (options.size() == 2 && options.get(0).equals("--prefix")) {
            return prefixKernelsDir(Path.of(options.get(1)));
        }
        throw new IllegalArgumentException("expected --user or --prefix DIR, got " + String.join(" ", options));
    }

    /** Where Jupyter looks for a user's kernels: {@code $JUPYTER_DATA_DIR/kernels}, else the platform's data directory. */
    static Path userKernelsDir() {
        String data = System.getenv("JUPYTER_DATA_DIR");
        if (data != null && !data.isBlank()) {
            return Path.of(data, "kernels");
        }
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("mac")) {
            return home.resolve("Library/Jupyter/kernels");
        }
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "jupyter", "kernels");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("jupyter/kernels");
    }

    /** {@code PREFIX/share/jupyter/kernels}, where {@code jupyter kernelspec install --prefix} puts kernels. */
    static Path prefixKernelsDir(Path prefix) {
        return prefix.resolve("share/jupyter/kernels");
    }

    /** The kernel directories Jupyter searches, in its order: JUPYTER_PATH, the user's, then the system's. */
    static List<Path> searchPath() {
        Set<Path> dirs = new LinkedHashSet<>();
        String path = System.getenv("JUPYTER_PATH");
        if (path != null && !path.isBlank()) {
            for (String entry : path.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    dirs.add(Path.of(entry, "kernels"));
                }
            }
        }
        dirs.add(userKernelsDir());
        dirs.add(Path.of("/usr/local/share/jupyter/kernels"));
        dirs.add(Path.of("/usr/share/jupyter/kernels"));
        return List.copyOf(dirs);
    }

    /**
     * Where {@link #install} copies distributions for the kernels in {@code kernelsDir}: {@code synfire}
     * beside it, one folder per version (e.g. {@code ~/.local/share/jupyter/synfire/0.1.0}).
     */
    static Path distributionDir(Path kernelsDir) {
        return kernelsDir.toAbsolutePath().normalize().resolveSibling("synfire");
    }

    /**
     * Copies {@code distribution} (a folder with {@code bin/synfire} and {@code lib/synfire-VERSION.jar})
     * to {@code distributionDir(kernelsDir)/VERSION}, writes one spec directory per kernel into
     * {@code kernelsDir} that starts the copy, then deletes the other versions copied there before, and
     * returns the spec directories. Reinstalling a version replaces its copy.
     *
     * @throws IllegalArgumentException if {@code distribution} is no Synfire distribution
     * @throws UncheckedIOException if a folder cannot be written
     */
    static List<Path> install(Path kernelsDir, Path distribution) {
        String version = version(distribution);
        Path versions = distributionDir(kernelsDir);
        Path copy = versions.resolve(version);
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(versions);
            // Copied beside its place and renamed, so a failed copy never leaves half a distribution
            // that the specs start.
            Path partial = Files.createTempDirectory(versions, version + ".partial");
            try {
                copyDistribution(distribution, partial);
                deleteTree(copy);
                Files.move(partial, copy);
            } finally {
                deleteTree(partial);
            }
            String launcher = copy.resolve("bin/synfire").toString();
            for (Map.Entry<String, String> kernel : new java.util.TreeMap<>(KERNELS).entrySet()) {
                Path dir = kernelsDir.resolve(kernel.getKey());
                Files.createDirectories(dir);
                Files.writeString(dir.resolve("kernel.json"), spec(launcher, kernel.getValue()));
                Files.write(dir.resolve("logo-32x32.png"), KernelLogo.png(32));
                Files.write(dir.resolve("logo-64x64.png"), KernelLogo.png(64));
                written.add(dir);
            }
            for (Path old : copies(versions)) {
                if (!old.equals(copy)) {
                    deleteTree(old);
                }
            }
            prepareStartupArchive(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write to " + kernelsDir + " or " + versions + ": " + e, e));
        }
        return written;
    }

    /**
     * Runs a small network through the copy once, so that its launcher leaves the class-data-sharing
     * archive its kernels start from (they never make one themselves). The archive only makes starts
     * faster: when the run fails, the kernels start without it.
     */
    private static void prepareStartupArchive(Path copy) throws IOException {
        Path launcher = copy.resolve("bin/synfire");
        if (!Files.isExecutable(launcher)) {
            return;
        }
        Path work = Files.createTempDirectory("synfire-install");
        try {
            Path script = work.resolve("warm-up.groovy");
            Files.writeString(script, "def g = group('g', 10, lif(), I: '0.5*nA')\ndef sp = probe spikes(g)\nrun 10.ms\nprintln sp.count\n");
            Process run = new ProcessBuilder(launcher.toString(), "run", script.toString(), "--out", work.resolve("out").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!run.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
                run.descendants().forEach(ProcessHandle::destroyForcibly);
                run.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteTree(work);
        }
    }

    /** The version a distribution carries in the name of its {@code lib/synfire-VERSION.jar}. */
    private static String version(Path distribution) {
        Path lib = distribution.resolve("lib");
        if (!Files.isRegularFile(distribution.resolve("bin/synfire")) || !Files.isDirectory(lib)) {
            throw new IllegalArgumentException(distribution + " is no Synfire distribution (it needs bin/synfire and lib/); "
                + "`mvn package` makes one in target/synfire-VERSION");
        }
        try (Stream<Path> jars = Files.list(lib)) {
            return jars.map(jar -> jar.getFileName().toString())
                .filter(name -> name.matches("synfire-[0-9].*\\.jar"))
                .map(name -> name.substring("synfire-".length(), name.length() - ".jar".length()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(lib + " has no synfire-VERSION.jar; rebuild it with `mvn package`"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything but the start-up archives ({@code cds/}), which only fit the folder they were made for. */
    private static void copyDistribution(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(f -> !from.relativize(f).startsWith("cds")).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** The distributions copied into {@code versions} (folders with a launcher; nothing else there is touched). */
    private static List<Path> copies(Path versions) throws IOException {
        if (!Files.isDirectory(versions)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(versions)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("bin/synfire"))).sorted().toList();
        }
    }

    static String spec(String launcher, String language) {
        Map<String, Object> spec = new LinkedHashMap<>();
        // -ea:REPL... turns on `assert` in Java cells (JShell compiles them into package REPL) and nowhere else.
        spec.put("argv", List.of(launcher, "-J-Djava.awt.headless=true", "-J-Xss4m", "-J-ea:REPL...",
            "kernel", "start", language, "{connection_file}"));
        spec.put("display_name", DISPLAY_NAMES.get(language));
        spec.put("language", language);
        // A signal would kill the JVM; a message lets the kernel stop the cell and live on.
        spec.put("interrupt_mode", "message");
        spec.put("metadata", Map.of("synfire_version", SynfireKernel.VERSION));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n";
    }

    /** The Synfire kernelspec directories found in {@code dirs}. */
    static List<Path> list(List<Path> dirs) {
        List<Path> found = new ArrayList<>();
        for (Path dir : dirs) {
            for (String name : new java.util.TreeSet<>(KERNELS.keySet())) {
                Path spec = dir.resolve(name);
                if (Files.isRegularFile(spec.resolve("kernel.json")) && launchesSynfire(spec.resolve("kernel.json"))) {
                    found.add(spec);
                }
            }
        }
        return found;
    }

    private static boolean launchesSynfire(Path kernelJson) {
        try {
            JsonObject spec = JsonParser.parseString(Files.readString(kernelJson)).getAsJsonObject();
            // Specs of earlier Synfire versions started KernelMain on a class path; remove cleans them up too.
            String argv = spec.has("argv") ? spec.get("argv").toString() : "";
            return argv.contains("\"kernel\",\"start\"") || argv.contains(KernelMain.class.getName());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Deletes the Synfire kernelspecs in {@code kernelsDir} and the distributions {@link #install} copied
     * for them (and nothing else there); returns the spec directories it deleted.
     */
    static List<Path> remove(Path kernelsDir) {
        List<Path> removed = new ArrayList<>();
        Path versions = distributionDir(kernelsDir);
        try {
            for (Path spec : list(List.of(kernelsDir))) {
                deleteTree(spec);
                removed.add(spec);
            }
            for (Path copy : copies(versions)) {
                deleteTree(copy);
            }
            try (Stream<Path> left = Files.isDirectory(versions) ? Files.list(versions) : Stream.empty()) {
                if (left.findAny().isEmpty()) {
                    Files.deleteIfExists(versions);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot delete in " + kernelsDir + " or " + versions + ": " + e, e));
        }
        return removed;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
