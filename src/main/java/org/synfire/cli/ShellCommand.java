package org.synfire.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.synfire.shell.Repl;
import picocli.CommandLine.Command;

/** {@code synfire shell}: the terminal REPL for the DSL. */
@Command(name = "shell", mixinStandardHelpOptions = true,
    description = {"A terminal REPL for Synfire's Groovy DSL: history (~/.synfire_history), multi-line input while brackets "
        + "are open, Tab completion of DSL words, variables and members. Figures open in a window, or are written to "
        + "figure-N.png when there is no display. Ctrl-C stops a running simulation and keeps it and what it recorded; "
        + ":quit or Ctrl-D leaves."},
    footer = {"", "Example:", "  synfire shell", "  synfire> def exc = group('exc', 100, lif(tau: 10.ms), I: '0.2*nA + i*5*pA')",
        "  synfire> def sp = probe spikes(exc)", "  synfire> run 200.ms", "  synfire> sp.counts()"})
final class ShellCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        try (Terminal terminal = TerminalBuilder.builder().name("synfire").system(true).build()) {
            new Repl(terminal, Path.of(System.getProperty("user.home"), ".synfire_history")).loop();
        }
        return 0;
    }
}
