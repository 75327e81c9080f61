package org.synfire.cli;

import java.util.concurrent.Callable;
import org.synfire.shell.JShellLauncher;
import picocli.CommandLine.Command;

/** {@code synfire jshell}: JShell with Synfire on the class path and its imports loaded. */
@Command(name = "jshell", mixinStandardHelpOptions = true,
    description = {"The JDK's JShell with Synfire on the class path and its packages imported (model, library, units, "
        + "connectivity, sim, probe, table, analysis, plot; units as static members), for the Java API line by line."},
    footer = {"", "Example:", "  synfire jshell", "  jshell> Network net = Network.create();",
        "  jshell> var exc = net.group(\"exc\", 100, Library.lif());"})
final class JShellCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        return JShellLauncher.run(System.in, System.out, System.err);
    }
}
