package org.synfire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Properties;
import org.synfire.SynfireException;
import org.synfire.notebook.KernelMain;
import org.synfire.units.Quantity;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code synfire} command: {@code run} a script, {@code sweep} it over parameters, open a {@code shell} or {@code jshell},
 * install the Jupyter {@code kernel}s, run the {@code demo}. Each sub-command's help says what it does, with an example.
 */
@Command(name = "synfire", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Synfire: spiking neural networks on the JVM.", ""},
    footer = {"", "Examples:", "  synfire demo", "  synfire run scripts/cuba.groovy --seed 7 --out out/cuba",
        "  synfire sweep scripts/brunel_phase_diagram.groovy --grid g=2:8:1 --grid eta=1:4:0.5", "  synfire shell",
        "", "See 'synfire COMMAND --help' for the options of each command."})
public final class Main implements Runnable {
    private final PrintStream out;

    private Main(PrintStream out) {
        this.out = out;
    }

    /**
     * The {@code synfire} command: runs {@link #execute} on the process's streams and exits with its code.
     *
     * @param args the command line, e.g. {@code run scripts/cuba.groovy --seed 7}
     */
    public static void main(String[] args) {
        // What a kernelspec runs each time a notebook opens goes straight to the kernel: building
        // the command line would load picocli's classes (too old a class format for the start-up
        // archive) and, through picocli's check for Groovy closures, start Groovy's runtime, which
        // the Java kernel never needs, all before the kernel can answer.
        if (args.length == 4 && args[0].equals("kernel") && args[1].equals("start") && !args[2].startsWith("-")) {
            System.exit(KernelMain.run(new String[] {args[2], args[3]}, System.err));
        }
        System.exit(execute(args, System.out, System.err));
    }

    /**
     * Runs the command line {@code args}, as the {@code synfire} command would, without exiting.
     *
     * @param args the command line after {@code synfire}, e.g. {@code run script.groovy --out out/x}
     * @param out  where results, help and the version go
     * @param err  where errors and warnings go ({@code synfire COMMAND: message} for a Synfire error)
     * @return the exit code: 0 on success, 1 for a failed script or command, 2 for a wrong command line
     */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Main(out))
            .addSubcommand(new DemoCommand(out))
            .addSubcommand(new RunCommand(out, err))
            .addSubcommand(new SweepCommand(out, err))
            .addSubcommand(new ShellCommand())
            .addSubcommand(new JShellCommand())
            .addSubcommand(new KernelCommand(out, err));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof SynfireException) {
                commandLine.getErr().println("synfire " + commandLine.getCommandName() + ": " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /** Without a sub-command: the usage, on stdout. */
    @Override
    public void run() {
        new CommandLine(this).usage(out);
    }

    /** Times such as {@code 500ms}, {@code 2 s} or {@code 1.5s}. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Quantity> {
        @Override
        public Quantity convert(String text) {
            return Quantity.parse(text.replaceAll("(?<=[0-9.])(?=[a-zA-Z])", " "));
        }
    }

    /** The project version, filtered into a resource at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"synfire " + version(), "Java " + System.getProperty("java.version")};
        }
    }

    /** {@return Synfire's version, e.g. {@code 0.1.0-SNAPSHOT}; {@code unknown} when the build left no version resource} */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("/org/synfire/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
