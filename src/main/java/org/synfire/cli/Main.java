package org.synfire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Properties;
import org.synfire.SynfireException;
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

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command line {@code args}, printing to {@code out} and {@code err}, and returns the exit code. */
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

    /** Synfire's version, e.g. {@code 0.1.0-SNAPSHOT}. */
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
