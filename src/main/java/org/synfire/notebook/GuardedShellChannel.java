package org.synfire.notebook;

import java.io.PrintStream;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.Loop;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.zeromq.ZMQ;

/**
 * A shell or control channel that survives bad input. jjava-jupyter's own loop has no error
 * handler, so one message with a wrong signature or broken JSON ends the thread and the kernel
 * goes deaf; here such a message is dropped unanswered (nothing in it is trusted, not even whom
 * to reply to), said so on the kernel's own stderr, and the loop goes on.
 */
final class GuardedShellChannel extends ShellChannel {
    /** The library's idle poll interval: it bounds the latency of every request. */
    private static final long IDLE_SLEEP_MS = 20;

    private final boolean control;
    private final JupyterConnection connection;
    private final PrintStream console;
    private volatile Loop loop;

    GuardedShellChannel(ZMQ.Context context, HMACGenerator hmac, boolean control, JupyterConnection connection, PrintStream console) {
        super(context, hmac, control, connection, IDLE_SLEEP_MS);
        this.control = control;
        this.connection = connection;
        this.console = console;
    }

    @Override
    public void bind(KernelConnectionProperties props) {
        if (loop != null) {
            throw new IllegalStateException("channel already bound");
        }
        String name = control ? "control" : "shell";
        super.bind(formatAddress(props.getTransport(), props.getIp(), control ? props.getControlPort() : props.getShellPort()));
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        Loop l = new Loop("synfire-" + name, IDLE_SLEEP_MS, () -> {
            if (poller.poll(0) > 0) {
                handleNext(name);
            }
        });
        l.onError(t -> {
            console.println("synfire kernel: " + name + " channel: " + t);
            return IDLE_SLEEP_MS;
        });
        l.setDaemon(true);
        loop = l;
        l.start();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void handleNext(String name) {
        Message<?> message;
        try {
            message = readMessage();
        } catch (RuntimeException e) {
            console.println("synfire kernel: rejected a message on the " + name + " channel: " + e.getMessage());
            return;
        }
        if (message == null) {
            return;
        }
        ShellHandler handler = connection.getHandler(message.getHeader().getType());
        if (handler == null) {
            console.println("synfire kernel: no handler for " + message.getHeader().getType().getName() + " messages; ignored");
            return;
        }
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
        try {
            handler.handle(env, message);
        } catch (Exception e) {
            console.println("synfire kernel: failed to handle " + message.getHeader().getType().getName() + ": " + e);
        } finally {
            env.resolveDeferrals();
        }
        if (env.isMarkedForShutdown()) {
            connection.close();
        }
    }

    @Override
    public void close() {
        Loop l = loop;
        if (l != null) {
            l.shutdown();
        }
        super.close();
    }

    @Override
    public void waitUntilClose() {
        Loop l = loop;
        if (l != null && l != Thread.currentThread()) {
            try {
                l.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
