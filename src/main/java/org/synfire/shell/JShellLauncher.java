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

    private JShellLauncher() {
    }

    /** Runs JShell on the given streams until the user leaves it; returns its exit status. */
    public static int run(InputStream in, PrintStream out, PrintStream err, String... extraArgs) throws Exception {
        Path startup = Files.createTempFile("synfire-imports", ".jsh");
        try {
            StringBuilder imports = new StringBuilder();
            IMPORTS.forEach(i -> imports.append("import ").append(i).append(";\n"));
            Files.writeString(startup, imports, StandardCharsets.UTF_8);
            String[] args = new String[4 + 2 + extraArgs.length];
            args[0] = "--class-path";
            args[1] = System.getProperty("java.class.path");
            args[2] = "--startup";
            args[3] = "DEFAULT";
            args[4] = "--startup";
            args[5] = startup.toString();
            System.arraycopy(extraArgs, 0, args, 6, extraArgs.length);
            return JavaShellToolBuilder.builder().in(in, null).out(out, out, err).start(args);
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
