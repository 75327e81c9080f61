package org.synfire.notebook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.comm.Comm;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.publish.PublishClearOutput;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.request.CommInfoRequest;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.dflib.jjava.jupyter.messages.request.InterruptRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import org.dflib.jjava.jupyter.messages.request.ShutdownRequest;

/**
 * What the Java and Groovy kernels share: cells run through a {@link CellRunner} (so they can be
 * interrupted), clean errors, display, and the protocol as jupyter_kernel_test checks it.
 * jjava-jupyter 1.0-a6 sends kernel_info, interrupt, shutdown and comm_info replies without
 * {@code status}, never answers history requests, ignores {@code silent} and has no pager
 * payload or clear_output; each handler here replies with the complete content instead, as a
 * plain map that its Gson writes as it is.
 */
abstract class SynfireKernel extends BaseKernel {
    static final String VERSION = "0.1.0";

    private final SynfireIO synfireIO;
    private final CellOutput output = new CellOutput();
    private final CellHistory history = new CellHistory();
    private final CellRunner runner = new CellRunner();
    private final List<Map<String, Object>> pages = new ArrayList<>();
    private volatile ShellReplyEnvironment cellEnv;

    protected SynfireKernel(String implementation, LanguageInfo language) {
        this(implementation, language, new SynfireIO());
    }

    private SynfireKernel(String implementation, LanguageInfo language, SynfireIO io) {
        super(implementation, VERSION, language, List.of(), null, io, new CommManager(), new Renderer(), null,
            new MagicsRegistry(), false, new StringStyler.Builder().build());
        this.synfireIO = io;
        Displays.register(renderer);
    }

    /** The stream a cell's System.out is; the same object for every cell. */
    final PrintStream cellOut() {
        return output.out;
    }

    /** Prepares the language engine; called once, off the connection's threads. */
    abstract void warmUp();

    /** Runs user code on the interruptible cell thread. */
    final <T> T onCellThread(Callable<T> code) throws Exception {
        return runner.call(code);
    }

    @Override
    public void interrupt() {
        runner.interrupt();
    }

    @Override
    public void onShutdown(boolean restarting) {
        runner.interrupt();
        runner.shutdown();
        super.onShutdown(restarting);
    }

    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        connection.setHandler(MessageType.COMM_INFO_REQUEST, this::handleCommInfoRequest);
    }

    /** The kernel whose cell is running, for {@link Notebook}'s statics. */
    static SynfireKernel current() {
        BaseKernel kernel = notebookKernel;
        if (kernel instanceof SynfireKernel k) {
            return k;
        }
        throw new IllegalStateException("display(...) and the other notebook calls work only inside a Synfire kernel");
    }

    // ---- what user code can ask of the kernel (through Notebook) ----

    String display(Object value, String... mimeTypes) {
        DisplayData data = mimeTypes.length == 0 || value instanceof DisplayData ? render(value) : userNames(renderer.renderAs(value, mimeTypes));
        String id = java.util.UUID.randomUUID().toString();
        data.setDisplayId(id);
        output.inOrder(() -> io.display.display(data));
        return id;
    }

    void updateDisplay(String id, Object value) {
        DisplayData data = render(value);
        output.inOrder(() -> io.display.updateDisplay(id, data));
    }

    void page(Object value) {
        DisplayData data = render(value);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("source", "page");
        page.put("data", bundle(data, List.of(MIMEType.TEXT_PLAIN, MIMEType.TEXT_HTML)));
        page.put("start", 0);
        synchronized (pages) {
            pages.add(page);
        }
    }

    void clearOutput(boolean wait) {
        ShellReplyEnvironment env = cellEnv;
        if (env != null) {
            output.inOrder(() -> env.publish(wait ? PublishClearOutput.BEFORE_NEXT_OUTPUT : PublishClearOutput.NOW));
        }
    }

    /** The MIME types our renderers produce, in the order a bundle lists them. */
    private static final List<MIMEType> RENDERED = List.of(MIMEType.TEXT_PLAIN, MIMEType.TEXT_HTML, MIMEType.IMAGE_PNG, MIMEType.IMAGE_SVG);

    /** The library keeps a bundle's map private; this reads the types asked for out of it. */
    private static Map<String, Object> bundle(DisplayData data, List<MIMEType> types) {
        Map<String, Object> bundle = new LinkedHashMap<>();
        for (MIMEType type : types) {
            if (data.hasDataForType(type)) {
                bundle.put(type.toString(), data.getData(type));
            }
        }
        return bundle;
    }

    /**
     * Evaluates the request's user_expressions after the cell, each to a MIME bundle or an error,
     * as the protocol asks (the library always answers with an empty map).
     */
    private Map<String, Object> userExpressions(Map<String, String> expressions) {
        Map<String, Object> results = new LinkedHashMap<>();
        if (expressions == null) {
            return results;
        }
        expressions.forEach((name, expression) -> {
            Map<String, Object> result = new LinkedHashMap<>();
            try {
                result.put("status", "ok");
                result.put("data", bundle(render(evalRaw(expression)), RENDERED));
                result.put("metadata", Map.of());
            } catch (RuntimeException | Error e) {
                CellError error = CellError.of(e, frame -> 0, expression);
                result.put("status", "error");
                result.put("ename", error.name());
                result.put("evalue", error.getMessage() == null ? "" : error.getMessage());
                result.put("traceback", error.traceback());
            }
            results.put(name, result);
        });
        return results;
    }

    DisplayData render(Object value) {
        if (value == null) {
            return new DisplayData("null");
        }
        return value instanceof DisplayData d ? d : userNames(renderer.render(value));
    }

    /** {@code data} with its text naming the user's classes as the user's code does. */
    private DisplayData userNames(DisplayData data) {
        if (data.getData(MIMEType.TEXT_PLAIN) instanceof String text) {
            data.putText(userNames(text));
        }
        return data;
    }

    /**
     * {@return a result's text with the names the user's code gave its classes}: as it is, unless
     * the language renames them (JShell wraps a cell's classes in its own).
     */
    String userNames(String text) {
        return text;
    }

    // ---- protocol ----

    /**
     * The cell's System.out and System.err are the batching {@link CellOutput}'s streams, not the
     * library's line-by-line ones; reading System.in first sends what was printed (the prompt).
     */
    @Override
    protected void replaceOutputStreams(ShellReplyEnvironment env) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        System.setOut(output.out);
        System.setErr(output.err);
        System.setIn(new FilterInputStream(synfireIO.in) {
            @Override
            public int read() throws IOException {
                output.flush();
                return super.read();
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                output.flush();
                return super.read(bytes, offset, length);
            }
        });
        env.defer(() -> {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        });
    }

    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        commManager.setMessageContext(message);
        ExecuteRequest request = message.getContent();
        String code = request.getCode() == null ? "" : request.getCode();
        boolean silent = request.isSilent();
        boolean store = request.shouldStoreHistory() && !silent;
        int count = silent ? executionCount.get() : executionCount.getAndIncrement();
        env.setBusyDeferIdle();
        if (!silent) {
            env.publish(new PublishExecuteInput(code, count));
        }
        replaceOutputStreams(env);
        synfireIO.attach(env, request.isStdinEnabled());
        output.attach(env);
        env.defer(() -> synfireIO.detach(env));
        env.defer(output::detach);
        cellEnv = env;
        env.defer(() -> cellEnv = null);
        synchronized (pages) {
            pages.clear();
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        try {
            Object value = evalRaw(code);
            DisplayData out = value == null || value instanceof Notebook.Shown ? null : render(value);
            if (out != null && !silent) {
                output.inOrder(() -> env.publish(new PublishExecuteResult(count, out)));
            }
            if (store) {
                history.add(count, code, out == null ? "" : String.valueOf(out.getData(MIMEType.TEXT_PLAIN)));
            }
            reply.put("status", "ok");
            reply.put("execution_count", count);
            reply.put("user_expressions", userExpressions(request.getUserExpr()));
            synchronized (pages) {
                reply.put("payload", List.copyOf(pages));
            }
        } catch (RuntimeException | Error e) {
            CellError error = CellError.of(e, frame -> 0, code);
            if (store) {
                history.add(count, code, "");
            }
            output.inOrder(() -> env.publish(new PublishError(error.name(), error.getMessage() == null ? "" : error.getMessage(), error.traceback())));
            reply.put("status", "error");
            reply.put("execution_count", count);
            reply.put("ename", error.name());
            reply.put("evalue", error.getMessage() == null ? "" : error.getMessage());
            reply.put("traceback", error.traceback());
        }
        // What the cell printed last goes out before the reply, not after it with the idle status.
        output.flush();
        env.defer();
        reply(env, MessageType.EXECUTE_REPLY, reply);
    }

    @Override
    protected void handleKernelInfoRequest(ShellReplyEnvironment env, Message<KernelInfoRequest> message) {
        env.setBusyDeferIdle();
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("status", "ok");
        reply.put("protocol_version", Header.PROTOCOL_VERISON);
        reply.put("implementation", name);
        reply.put("implementation_version", version);
        reply.put("language_info", languageInfo);
        reply.put("banner", getBanner());
        reply.put("help_links", List.of());
        reply(env, MessageType.KERNEL_INFO_REPLY, reply);
    }

    @Override
    protected void handleHistoryRequest(ShellReplyEnvironment env, Message<HistoryRequest> message) {
        env.setBusyDeferIdle();
        HistoryRequest request = message.getContent();
        boolean output = request.includeOutput();
        List<List<Object>> entries = switch (request.getAccessType()) {
            case TAIL -> history.tail(((HistoryRequest.Tail) request).getMaxReturnLength(), output);
            case RANGE -> {
                HistoryRequest.Range r = (HistoryRequest.Range) request;
                yield history.range(r.getSessionIndex(), r.getStart(), r.getStop(), output);
            }
            case SEARCH -> {
                HistoryRequest.Search s = (HistoryRequest.Search) request;
                yield history.search(s.getPattern(), s.getMaxReturnLength(), s.filterUnique(), output);
            }
        };
        reply(env, MessageType.HISTORY_REPLY, Map.of("status", "ok", "history", entries));
    }

    @Override
    protected void handleInterruptRequest(ShellReplyEnvironment env, Message<InterruptRequest> message) {
        env.setBusyDeferIdle();
        interrupt();
        reply(env, MessageType.INTERRUPT_REPLY, Map.of("status", "ok"));
    }

    @Override
    protected void handleShutdownRequest(ShellReplyEnvironment env, Message<ShutdownRequest> message) {
        boolean restart = message.getContent().isRestart();
        env.setBusyDeferIdle();
        reply(env, MessageType.SHUTDOWN_REPLY, Map.of("status", "ok", "restart", restart));
        onShutdown(restart);
        env.resolveDeferrals();
        env.markForShutdown();
    }

    private void handleCommInfoRequest(ShellReplyEnvironment env, Message<CommInfoRequest> message) {
        env.setBusyDeferIdle();
        String target = message.getContent().getTargetName();
        Map<String, Object> comms = new LinkedHashMap<>();
        for (Comm comm : commManager) {
            if (target == null || target.equals(comm.getTargetName())) {
                comms.put(comm.getID(), Map.of("target_name", comm.getTargetName()));
            }
        }
        reply(env, MessageType.COMM_INFO_REPLY, Map.of("status", "ok", "comms", comms));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void reply(ShellReplyEnvironment env, MessageType type, Map<String, Object> content) {
        env.reply(new Message(env.getContext(), type, content));
    }
}
