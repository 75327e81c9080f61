package org.synfire.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.synfire.notebook.KernelInstaller;
import org.synfire.notebook.KernelMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/** {@code synfire kernel install|list|remove}: the Jupyter kernelspecs of the two Synfire kernels. */
@Command(name = "kernel", mixinStandardHelpOptions = true,
    description = {"Installs, lists or removes the Jupyter kernelspecs \"Synfire (Groovy)\" and \"Synfire (Java)\". "
        + "Install copies this Synfire distribution next to them, so notebooks keep working when the checkout moves.",
        "  install [--user | --prefix DIR]   copy Synfire and write the kernelspecs (default --user: ~/.local/share/jupyter)",
        "  list                              show the Synfire kernelspecs Jupyter will find",
        "  remove [--user | --prefix DIR]    delete them and the copy",
        "  start LANGUAGE CONNECTION_FILE    run a kernel (what the kernelspecs do; LANGUAGE is groovy or java)"},
    footer = {"", "Example:", "  synfire kernel install && jupyter notebook tutorials/"})
final class KernelCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(index = "0", paramLabel = "ACTION", description = "install, list, remove or start")
    String action;

    @Unmatched
    List<String> options = new ArrayList<>();

    KernelCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (action.equals("start")) {
            return KernelMain.run(options.toArray(String[]::new), err);
        }
        List<String> args = new ArrayList<>(List.of(action));
        args.addAll(options);
        return KernelInstaller.run(args.toArray(String[]::new), out, err);
    }
}
