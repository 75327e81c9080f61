package org.synfire.notebook;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Launches a kernel on a Jupyter connection file: {@code KernelMain java|groovy CONNECTION_FILE}.
 * This is what an installed kernelspec runs; it returns when the front end shuts the kernel down,
 * or exits when the process that started it (Jupyter) is gone, so no orphaned JVM is left behind.
 */
public final class KernelMain {
    static final Map<String, Supplier<SynfireKernel>> KERNELS = Map.of(
        "java", JavaKernel::new,
        "groovy", GroovyKernel::new);

    private static final String USAGE = "usage: KernelMain java|groovy CONNECTION_FILE";

    private KernelMain() {
    }

    /**
     * {@link #run} with errors on standard error; exits the JVM with its status.
     *
     * @param args the kernel's language ({@code java} or {@code groovy}) and the connection file Jupyter wrote
     */
    public static void main(String[] args) {
        int status = run(args, System.err);
        System.exit(status);
    }

    /**
     * Runs a kernel until it is shut down. The JVM is made headless first, so figures render without a display.
     *
     * @param args the kernel's language ({@code java} or {@code groovy}) and the connection file Jupyter wrote
     * @param err  where wrong arguments and start-up failures are reported
     * @return the exit status: 0 after a shutdown, 2 for wrong arguments or a bad connection file, 1 if it failed to start
     */
    public static int run(String[] args, PrintStream err) {
        if (args.length != 2 || !KERNELS.containsKey(args[0])) {
            err.println(USAGE + (args.length >= 1 && !KERNELS.containsKey(args[0]) ? " (no kernel named '" + args[0] + "')" : ""));
            return 2;
        }
        System.setProperty("java.awt.headless", "true");
        KernelConnectionProperties props;
        try {
            props = ConnectionFile.read(Path.of(args[1]));
        } catch (IllegalArgumentException e) {
            err.println("synfire kernel: " + e.getMessage());
            return 2;
        }
        watchParent(err);
        SynfireKernel kernel = KERNELS.get(args[0]).get();
        // The engine warms up while the sockets bind and the front end says hello; the first
        // cell waits for it.
        Thread warmUp = new Thread(kernel::warmUp, "synfire-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        KernelConnection connection;
        try {
            connection = new KernelConnection(props, err);
        } catch (java.security.GeneralSecurityException e) {
            err.println("synfire kernel: cannot sign messages with the connection file's key: " + e.getMessage());
            return 2;
        }
        kernel.onStartup();
        kernel.becomeHandlerForConnection(connection);
        try {
            connection.connect();
        } catch (RuntimeException e) {
            err.println("synfire kernel: cannot bind to " + props.getTransport() + "://" + props.getIp() + ": " + e.getMessage());
            return 1;
        }
        connection.waitUntilClose();
        return 0;
    }

    /** Jupyter names its pid in JPY_PARENT_PID; without it the parent process is watched. */
    private static void watchParent(PrintStream err) {
        Optional<ProcessHandle> parent = Optional.ofNullable(System.getenv("JPY_PARENT_PID"))
            .flatMap(pid -> {
                try {
                    return ProcessHandle.of(Long.parseLong(pid.strip()));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            })
            .or(() -> ProcessHandle.current().parent());
        parent.ifPresent(p -> p.onExit().thenRun(() -> {
            err.println("synfire kernel: the process that started this kernel (pid " + p.pid() + ") has exited; exiting too");
            Runtime.getRuntime().halt(0);
        }));
    }
}
