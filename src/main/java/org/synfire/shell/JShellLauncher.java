package org.synfire.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jdk.jshell.tool.JavaShellToolBuilder;
import org.synfire.dsl.Dsl;

/**
 * The JDK's JShell with Synfire on the class path and its packages imported, so the Java API
 * can be tried line by line ({@code Network net = Network.create();}).
 */
public final class JShellLauncher {
    /** What every session imports: what scripts import ({@link Dsl#PACKAGES}), the units as static members. */
    public static final List<String> IMPORTS = Stream.concat(Dsl.PACKAGES.stream().map(p -> p + ".*"),
        Dsl.STATIC_IMPORTS.stream().map(c -> "static " + c + ".*")).toList();

    private static final String VECTOR_MODULE = "jdk.incubator.vector";

    private JShellLauncher() {
    }

    /**
     * Runs JShell on the given streams until the user leaves it. The user's code runs in a JVM of
     * JShell's own, with this JVM's class path (and the vector module where this JVM has it).
     *
     * @param in        what the user types
     * @param out       where JShell writes its prompts and results
     * @param err       where JShell writes errors
     * @param extraArgs further JShell options, after Synfire's own
     * @return JShell's exit status, 0 after a normal {@code /exit}
     * @throws Exception if the start-up file cannot be written or JShell fails to start
     */
    public static int run(InputStream in, PrintStream out, PrintStream err, String... extraArgs) throws Exception {
        Path startup = Files.createTempFile("synfire-imports", ".jsh");
        try {
            StringBuilder imports = new StringBuilder();
            IMPORTS.forEach(i -> imports.append("import ").append(i).append(";\n"));
            Files.writeString(startup, imports, StandardCharsets.UTF_8);
            List<String> args = new java.util.ArrayList<>(List.of("--class-path", System.getProperty("java.class.path"),
                "--startup", "DEFAULT", "--startup", startup.toString()));
            // JShell runs the user's code in a JVM of its own: it gets the vector module this one has, so
            // simulations there use the vector kernels too.
            if (ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent()) {
                args.addAll(List.of("-R--add-modules", "-R" + VECTOR_MODULE));
            }
            args.addAll(List.of(extraArgs));
            return JavaShellToolBuilder.builder().in(in, null).out(out, out, err).start(args.toArray(String[]::new));
        } finally {
            deleteQuietly(startup);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file left behind in /tmp does no harm.
        }
    }
}
