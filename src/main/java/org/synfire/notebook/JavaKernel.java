package org.synfire.notebook;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.synfire.dsl.Members;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * The Java kernel: cells are JShell snippets executed in this JVM (not in a remote agent, as the
 * jshell tool does), so the objects they make are the live objects the display registry renders,
 * and a simulation built in one cell runs in the next. Synfire, Tablesaw and XChart are on the
 * class path and their packages are imported before the first cell.
 */
final class JavaKernel extends SynfireKernel {
    private final Engine<JShell> shell = new Engine<>("JShell");
    private final LiveExecution execution = new LiveExecution();
    /** Snippet id → the cell line it starts on, for the snippets of the running cell. */
    private final Map<String, Integer> cellLines = new HashMap<>();

    JavaKernel() {
        super("synfire-java", new LanguageInfo.Builder("java")
            .version(Runtime.version().toString())
            .mimetype("text/x-java-source")
            .fileExtension(".jshell")
            .pygments("java")
            .codemirror("text/x-java")
            .build());
    }

    @Override
    void warmUp() {
        shell.start(() -> {
            JShell js = JShell.builder()
                .executionEngine(new ExecutionControlProvider() {
                    @Override
                    public String name() {
                        return "synfire-live";
                    }

                    @Override
                    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                        return execution;
                    }
                }, Map.of())
                .build();
            js.addToClasspath(System.getProperty("java.class.path"));
            for (String declaration : SynfireImports.javaDeclarations()) {
                for (SnippetEvent e : js.eval(declaration)) {
                    if (e.status() == Snippet.Status.REJECTED) {
                        throw new IllegalStateException("start-up import failed: " + declaration + ": "
                            + js.diagnostics(e.snippet()).map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.joining("; ")));
                    }
                }
            }
            return js;
        });
    }

    private JShell shell() {
        return shell.get();
    }

    @Override
    public Object evalRaw(String code) {
        JShell js = shell();
        SourceCodeAnalysis analysis = js.sourceCodeAnalysis();
        cellLines.clear();
        execution.reset();
        String remaining = code;
        int offset = 0;
        Object result = null;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            String source = info.source();
            if (source == null || !info.completeness().isComplete()) {
                int line = lineAt(code, offset + leadingBlanks(remaining));
                throw CellError.compile("IncompleteInput", "the cell ends inside a statement (a bracket, string or block is not closed)",
                    code, line, 0);
            }
            int start = offset + snippetStart(remaining, info);
            int startLine = lineAt(code, start);
            result = null;
            execution.reset();
            for (SnippetEvent event : js.eval(source)) {
                if (event.causeSnippet() != null) {
                    continue;
                }
                Snippet snippet = event.snippet();
                // Diagnostics count from the snippet's first character, stack frames from its first non-blank line.
                cellLines.put(snippet.id(), lineAt(code, start + leadingBlanks(snippet.source())));
                if (event.status() == Snippet.Status.REJECTED) {
                    throw compileError(js, snippet, code, startLine);
                }
                if (event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                    throw CellError.compile("CompilationError", snippet.kind().name().toLowerCase(Locale.ROOT) + " is not defined: it uses "
                        + String.join(", ", js.unresolvedDependencies((jdk.jshell.DeclarationSnippet) snippet).toList())
                        + ", which is not defined yet", code, startLine, 0);
                }
                if (execution.interruption() != null) {
                    throw execution.interruption();
                }
                if (event.exception() != null) {
                    throw runtimeError(event.exception(), code);
                }
                result = shows(snippet) ? execution.value() : null;
            }
            offset += remaining.length() - info.remaining().length();
            remaining = info.remaining();
        }
        return result;
    }

    /** Whether the snippet's value is the cell's result: expressions, not declarations or statements. */
    private static boolean shows(Snippet snippet) {
        return switch (snippet.subKind()) {
            case TEMP_VAR_EXPRESSION_SUBKIND, VAR_VALUE_SUBKIND, OTHER_EXPRESSION_SUBKIND -> true;
            default -> false;
        };
    }

    private static CellError compileError(JShell js, Snippet snippet, String code, int startLine) {
        List<Diag> errors = js.diagnostics(snippet).filter(Diag::isError).toList();
        if (errors.isEmpty()) {
            return CellError.compile("CompilationError", "JShell rejected the snippet", code, startLine, 0);
        }
        Diag first = errors.get(0);
        String source = snippet.source();
        int position = (int) Math.max(0, Math.min(first.getStartPosition(), source.length()));
        int line = startLine + (int) source.substring(0, position).chars().filter(ch -> ch == '\n').count();
        int column = position - source.lastIndexOf('\n', position - 1);
        String message = errors.stream().map(d -> diagnostic(d.getMessage(Locale.ROOT))).distinct().collect(Collectors.joining("; "));
        return CellError.compile("CompilationError", message, code, line, column);
    }

    /**
     * A compiler message on one line: {@code cannot find symbol: variable nope}, {@code method
     * twice cannot be applied to given types (required: int; found: no arguments)}. JShell leaves
     * its wrapper class's name empty ({@code method m in class  cannot}), which goes too.
     */
    static String diagnostic(String message) {
        List<String> lines = message.lines().map(String::strip).toList();
        String first = lines.isEmpty() ? "" : lines.get(0);
        String symbol = lines.stream().filter(l -> l.startsWith("symbol:")).findFirst().map(l -> l.substring(7).strip()).orElse(null);
        List<String> given = lines.stream().filter(l -> l.startsWith("required:") || l.startsWith("found:"))
            .map(l -> l.replaceAll(":\\s+", ": ")).toList();
        String text = symbol != null && first.equals("cannot find symbol") ? first + ": " + symbol
            : given.isEmpty() ? first : first.replaceAll(";$", "") + " (" + String.join("; ", given) + ")";
        return withoutWrappers(text.replace(" in class  ", " "));
    }

    /** JShell's wrapper classes as the JVM names them: {@code REPL.$JShell$28.o} is the cell's {@code o}, {@code REPL.$JShell$7$Boom} its {@code Boom}. */
    private static final java.util.regex.Pattern WRAPPER = java.util.regex.Pattern.compile("\\bREPL\\.\\$JShell\\$\\d+[.$]");
    /** The class loaders a ClassCastException names, JShell's among them: {@code (x is in unnamed module of loader ...)}. */
    private static final java.util.regex.Pattern LOADERS = java.util.regex.Pattern.compile(" \\([^()]* of loader [^()]*\\)");

    /** {@code text} with the names of cells' variables and classes as the cells wrote them, without JShell's wrapper classes. */
    static String withoutWrappers(String text) {
        return text == null ? null : LOADERS.matcher(WRAPPER.matcher(text).replaceAll("")).replaceAll("");
    }

    /** A result's text names a cell's class {@code Point}, as the jshell tool shows it, not {@code REPL.$JShell$12$Point}. */
    @Override
    String userNames(String text) {
        return WRAPPER.matcher(text).replaceAll("");
    }

    private CellError runtimeError(JShellException e, String code) {
        if (e instanceof UnresolvedReferenceException u) {
            return new CellError("UnresolvedReference", u.getMessage() == null ? "a definition this code uses is not complete"
                : u.getMessage(), List.of("UnresolvedReference: " + u.getSnippet().source().strip() + " uses a name that is not defined yet"));
        }
        CellError error = CellError.of(e, t -> t instanceof EvalException ee ? simpleName(ee.getExceptionClassName()) : t.getClass().getSimpleName(),
            frame -> {
                String file = frame.getFileName();
                if (file == null || !file.startsWith("#")) {
                    return 0;
                }
                Integer start = cellLines.get(file.substring(1));
                return start == null || frame.getLineNumber() < 1 ? 0 : start + frame.getLineNumber() - 1;
            }, code);
        return new CellError(error.name(), withoutWrappers(error.getMessage()),
            error.traceback().stream().map(JavaKernel::withoutWrappers).toList());
    }

    /** A class's name without its package or JShell's wrapper: {@code Boom} for the cell's {@code REPL.$JShell$7$Boom}. */
    private static String simpleName(String className) {
        if (className == null) {
            return "Exception";
        }
        String name = withoutWrappers(className);
        return name.substring(name.lastIndexOf('.') + 1);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        JShell js = shell();
        int[] span = snippetAround(js, code, at);
        String snippet = code.substring(span[0], span[1]);
        int cursor = at - span[0];
        List<SourceCodeAnalysis.Documentation> docs = js.sourceCodeAnalysis().documentation(snippet, cursor, true);
        if (docs.isEmpty()) {
            // JShell documents invocations; a bare method name at the cursor becomes one.
            int end = cursor;
            while (end < snippet.length() && Character.isJavaIdentifierPart(snippet.charAt(end))) {
                end++;
            }
            docs = js.sourceCodeAnalysis().documentation(snippet.substring(0, end) + "(", end + 1, true);
        }
        if (docs.isEmpty()) {
            return variable(js, snippet, cursor);
        }
        String text = docs.stream()
            .map(d -> d.javadoc() == null || d.javadoc().isBlank() ? d.signature() : d.signature() + "\n\n" + d.javadoc())
            .collect(Collectors.joining("\n\n"));
        return new DisplayData(text);
    }

    /** A variable of the session named at the cursor: its type and value. */
    private static DisplayData variable(JShell js, String snippet, int cursor) {
        int start = Math.min(cursor, snippet.length());
        while (start > 0 && Character.isJavaIdentifierPart(snippet.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(cursor, snippet.length());
        while (end < snippet.length() && Character.isJavaIdentifierPart(snippet.charAt(end))) {
            end++;
        }
        String name = snippet.substring(start, end);
        return js.variables()
            .filter(v -> v.name().equals(name) && js.status(v).isActive())
            .reduce((a, b) -> b)
            .map(v -> new DisplayData(v.typeName() + " " + name + " = " + js.varValue(v)))
            .orElse(null);
    }

    /**
     * Tab: after {@code expression.} the members {@link Members#java} lists for the expression's
     * type, as the Groovy kernel and the REPL list them; elsewhere, and for types JShell declared,
     * JShell's own suggestions.
     */
    @Override
    public ReplacementOptions complete(String code, int at) {
        JShell js = shell();
        int[] span = snippetAround(js, code, at);
        String before = code.substring(span[0], at);
        int start = before.length();
        while (start > 0 && Character.isJavaIdentifierPart(before.charAt(start - 1))) {
            start--;
        }
        Class<?> type = start > 0 && before.charAt(start - 1) == '.' ? typeOf(js, receiverBefore(before, start - 1)) : null;
        if (type != null) {
            return new ReplacementOptions(Members.completions(Members.java(type), before.substring(start)), span[0] + start, at);
        }
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions = js.sourceCodeAnalysis().completionSuggestions(before, at - span[0], anchor);
        Set<String> matches = new LinkedHashSet<>();
        for (SourceCodeAnalysis.Suggestion s : suggestions) {
            matches.add(s.continuation());
        }
        return new ReplacementOptions(new ArrayList<>(matches), span[0] + anchor[0], at);
    }

    /**
     * The expression that ends at {@code end} (a dot): names, dots and bracketed arguments, e.g.
     * {@code sim.data(sp)} in {@code int n = sim.data(sp).co}; empty when there is none.
     */
    static String receiverBefore(String code, int end) {
        int k = end;
        while (k > 0) {
            char c = code.charAt(k - 1);
            if (Character.isJavaIdentifierPart(c) || c == '.') {
                k--;
            } else if (c == ')' || c == ']') {
                int depth = 0;
                do {
                    char d = code.charAt(--k);
                    depth += d == ')' || d == ']' ? 1 : d == '(' || d == '[' ? -1 : 0;
                } while (depth > 0 && k > 0);
                if (depth > 0) {
                    return "";
                }
            } else {
                break;
            }
        }
        return code.substring(k, end);
    }

    /** The class of {@code expression} as JShell types it, if it is one of the class path's (not declared in JShell, not an array). */
    private static Class<?> typeOf(JShell js, String expression) {
        if (expression.isEmpty()) {
            return null;
        }
        String type = js.sourceCodeAnalysis().analyzeType(expression, expression.length());
        if (type == null || type.endsWith("]")) {
            return null;
        }
        String name = type.contains("<") ? type.substring(0, type.indexOf('<')) : type;
        String simple = name.substring(name.lastIndexOf('.') + 1);
        if (js.types().anyMatch(t -> t.name().equals(simple) && js.status(t).isActive())) {
            return null;
        }
        return Members.classNamed(name, SynfireImports.PACKAGES);
    }

    /** The start and end of the snippet of {@code code} that holds position {@code at}. */
    private static int[] snippetAround(JShell js, String code, int at) {
        String remaining = code;
        int offset = 0;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = js.sourceCodeAnalysis().analyzeCompletion(remaining);
            int end = offset + remaining.length() - info.remaining().length();
            if (!info.completeness().isComplete() || end >= at || end == offset) {
                return new int[] {offset, Math.max(at, Math.min(code.length(), end))};
            }
            offset = end;
            remaining = info.remaining();
        }
        return new int[] {offset, at};
    }

    @Override
    public String isComplete(String code) {
        JShell js = shell();
        String remaining = code;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = js.sourceCodeAnalysis().analyzeCompletion(remaining);
            switch (info.completeness()) {
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE:
                    return "    ";
                case UNKNOWN:
                    return IS_COMPLETE_BAD;
                case EMPTY:
                    return IS_COMPLETE_YES;
                default:
                    remaining = info.remaining();
            }
        }
        return IS_COMPLETE_YES;
    }

    @Override
    public void onShutdown(boolean restarting) {
        super.onShutdown(restarting);
        shell.ifStarted(JShell::close);
    }

    /**
     * Where the snippet JShell cut off begins in {@code remaining}: its source keeps leading blank
     * lines in some cases and not in others, and may have a semicolon added; positions in its
     * diagnostics and stack frames count from that source.
     */
    private static int snippetStart(String remaining, SourceCodeAnalysis.CompletionInfo info) {
        String source = info.source();
        if (info.completeness() == Completeness.COMPLETE_WITH_SEMI && source.endsWith(";")) {
            source = source.substring(0, source.length() - 1);
        }
        int at = remaining.indexOf(source);
        return at >= 0 ? at : leadingBlanks(remaining);
    }

    private static int leadingBlanks(String s) {
        int k = 0;
        while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int lineAt(String code, int position) {
        int line = 1;
        for (int k = 0; k < Math.min(position, code.length()); k++) {
            if (code.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Runs each snippet's code on the kernel's cell thread, so it can be interrupted, and keeps the
     * value it returned as the object it is; JShell itself only ever sees its text.
     */
    private final class LiveExecution extends DirectExecutionControl {
        private Object value;
        private CellRunner.Interrupted interruption;

        void reset() {
            value = null;
            interruption = null;
        }

        Object value() {
            return value;
        }

        CellRunner.Interrupted interruption() {
            return interruption;
        }

        @Override
        protected String invoke(Method doit) throws Exception {
            try {
                value = onCellThread(() -> doit.invoke(null));
            } catch (CellRunner.Interrupted e) {
                interruption = e;
                throw new StoppedException();
            }
            return valueString(value);
        }
    }
}
