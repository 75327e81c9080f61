package org.synfire.notebook;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Installs, lists and removes the Synfire kernelspecs: {@code synfire kernel install [--user|--prefix DIR]},
 * {@code synfire kernel list}, {@code synfire kernel remove [--user|--prefix DIR]}. A spec launches this
 * very installation of Synfire (this JVM's {@code java}, this process's class path), the way
 * {@code scripts/synfire} does, and carries a logo Jupyter shows in its launcher.
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

          install   writes the kernelspecs synfire-groovy and synfire-java (with a logo) that start
                    this installation of Synfire; --user (the default) puts them in your Jupyter data
                    directory, --prefix DIR in DIR/share/jupyter/kernels (e.g. a virtual environment)
          list      shows the Synfire kernelspecs Jupyter can find, and where
          remove    deletes the Synfire kernelspecs from the same places install writes to
        """;

    private KernelInstaller() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs one of {@code install}, {@code list}, {@code remove} with its options.
     *
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
                    for (Path spec : install(dir, System.getProperty("java.class.path"))) {
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
        }
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
    public static Path userKernelsDir() {
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
    public static Path prefixKernelsDir(Path prefix) {
        return prefix.resolve("share/jupyter/kernels");
    }

    /** The kernel directories Jupyter searches, in its order: JUPYTER_PATH, the user's, then the system's. */
    public static List<Path> searchPath() {
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
     * Writes one spec directory per kernel into {@code kernelsDir} (replacing older Synfire specs there)
     * and returns them.
     *
     * @param classPath the class path the kernels start with; relative entries are made absolute
     */
    public static List<Path> install(Path kernelsDir, String classPath) {
        String absolute = Stream.of(classPath.split(File.pathSeparator))
            .filter(s -> !s.isBlank())
            .map(s -> Path.of(s).toAbsolutePath().normalize().toString())
            .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, String> kernel : new java.util.TreeMap<>(KERNELS).entrySet()) {
                Path dir = kernelsDir.resolve(kernel.getKey());
                Files.createDirectories(dir);
                Files.writeString(dir.resolve("kernel.json"), spec(java, absolute, kernel.getValue()));
                Files.write(dir.resolve("logo-32x32.png"), KernelLogo.png(32));
                Files.write(dir.resolve("logo-64x64.png"), KernelLogo.png(64));
                written.add(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write to " + kernelsDir + ": " + e, e));
        }
        return written;
    }

    static String spec(String java, String classPath, String language) {
        Map<String, Object> spec = new LinkedHashMap<>();
        // -ea:REPL... turns on `assert` in Java cells (JShell compiles them into package REPL) and nowhere else.
        List<String> argv = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-Xss4m", "-ea:REPL..."));
        // The vector kernels need the incubator module; a runtime without it runs scalar kernels.
        if (ModuleFinder.ofSystem().find("jdk.incubator.vector").isPresent()) {
            argv.addAll(List.of("--add-modules", "jdk.incubator.vector"));
        }
        argv.addAll(List.of("-cp", classPath, KernelMain.class.getName(), language, "{connection_file}"));
        spec.put("argv", argv);
        spec.put("display_name", DISPLAY_NAMES.get(language));
        spec.put("language", language);
        // A signal would kill the JVM; a message lets the kernel stop the cell and live on.
        spec.put("interrupt_mode", "message");
        spec.put("metadata", Map.of("synfire_version", SynfireKernel.VERSION));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n";
    }

    /** The Synfire kernelspec directories found in {@code dirs}. */
    public static List<Path> list(List<Path> dirs) {
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
            return spec.has("argv") && spec.get("argv").toString().contains(KernelMain.class.getName());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Deletes the Synfire kernelspecs in {@code kernelsDir} (and nothing else there); returns what it deleted. */
    public static List<Path> remove(Path kernelsDir) {
        List<Path> removed = new ArrayList<>();
        for (Path spec : list(List.of(kernelsDir))) {
            try (Stream<Path> files = Files.walk(spec)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException("cannot delete " + spec + ": " + e, e));
            }
            removed.add(spec);
        }
        return removed;
    }
}
