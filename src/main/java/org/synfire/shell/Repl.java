package org.synfire.shell;

import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.synfire.plot.Figure;
import org.synfire.dsl.Completeness;
import org.synfire.dsl.Dsl;
import org.synfire.dsl.Reference;
import org.synfire.dsl.Members;
import org.synfire.dsl.ScriptException;
import org.synfire.dsl.Session;
import org.synfire.model.library.Library;
import org.synfire.model.library.NeuronTemplate;
import org.synfire.sim.Simulation;

/**
 * {@code synfire shell}: a terminal REPL for the DSL. Lines share one binding and one session,
 * so {@code def exc = group(...)} on one line is {@code exc} on the next; input continues over
 * several lines while brackets are open; Tab completes DSL words, variables and members; Ctrl-C
 * during a run stops the simulation at a step boundary and keeps it and its recordings.
 */
public final class Repl {
    private static final String PROMPT = "synfire> ";
    private static final String MORE = "       > ";

    private final Terminal terminal;
    private final LineReader reader;
    private final GroovyShell shell;
    private final Session session;
    private final PrintWriter out;
    private final ProgressBar progress;
    private final Completer completer;
    private volatile Thread evaluating;
    private int lineNumber;
    private int figures;

    /**
     * A shell on {@code terminal} with a fresh session, working in the current directory. A figure
     * a line returns opens in a window, or without a display is written to {@code figure-N.png}.
     *
     * @param terminal the terminal to read lines from and write results to
     * @param history  the history file, or {@code null} for none
     */
    public Repl(Terminal terminal, Path history) {
        this.terminal = terminal;
        this.out = terminal.writer();
        PrintStream console = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
        this.progress = new ProgressBar(console, true);
        this.session = new Session(new Session.Options(null, null, Path.of("."), Map.of(), progress, console));
        Binding binding = Dsl.binding(session);
        binding.setVariable("out", out);
        this.shell = Dsl.interactiveShell(binding);
        this.completer = (r, line, candidates) -> complete(binding, line, candidates);
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).parser(new GroovyInput())
            .completer(completer)
            // JLine would otherwise offer candidates two typos away when none starts with what was typed: sp.co → sp.toString.
            .option(LineReader.Option.COMPLETE_MATCHER_TYPO, false)
            .variable(LineReader.SECONDARY_PROMPT_PATTERN, MORE);
        if (history != null) {
            builder.variable(LineReader.HISTORY_FILE, history);
        }
        this.reader = builder.build();
        terminal.handle(Terminal.Signal.INT, signal -> interrupt());
    }

    /**
     * Reads, evaluates and prints until end of input or {@code :quit}. The terminal's own echo is
     * off meanwhile: JLine shows what it reads, and a line typed while another runs would
     * otherwise appear twice, echoed by the terminal as it is typed and by JLine when it reads it.
     * Each read restores the attributes it found, so the echo stays off between reads too.
     */
    public void loop() {
        Attributes typed = terminal.getAttributes();
        Attributes quiet = new Attributes(typed);
        quiet.setLocalFlag(Attributes.LocalFlag.ECHO, false);
        terminal.setAttributes(quiet);
        try {
            read();
        } finally {
            terminal.setAttributes(typed);
        }
    }

    private void read() {
        out.println("Synfire shell. Describe a network, 'run 100.ms', inspect it; Tab completes, Ctrl-C stops a run, :help explains, "
            + ":quit leaves.");
        out.flush();
        while (true) {
            String text;
            try {
                text = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return;
            }
            String command = text.strip();
            if (QUIT.contains(command)) {
                out.flush();
                return;
            }
            if (command.equals(":help") || command.startsWith(":help ")) {
                out.println(help(command.substring(":help".length()).strip()));
                out.flush();
            } else if (!command.isEmpty()) {
                evaluateAndPrint(text);
            }
        }
    }

    private void evaluateAndPrint(String text) {
        Simulation before = session.current().orElse(null);
        long stepsBefore = before == null ? -1 : before.step();
        evaluating = Thread.currentThread();
        try {
            Object result = Dsl.evaluate(shell, text, "line" + (++lineNumber));
            show(result);
        } catch (ScriptException e) {
            progress.finish();
            out.println(e.getMessage());
        } finally {
            evaluating = null;
            progress.finish();
        }
        session.current().filter(sim -> sim.wasCancelled() && (sim != before || sim.step() != stepsBefore))
            .ifPresent(sim -> out.printf(Locale.ROOT, "Stopped at %s; the state and recordings so far are kept.%n", sim.t()));
        out.flush();
    }

    private void show(Object result) {
        if (result == null) {
            return;
        }
        if (result instanceof Figure figure) {
            if (GraphicsEnvironment.isHeadless()) {
                Path file = Path.of("figure-" + (++figures) + ".png");
                figure.save(file);
                out.println("(no display) figure written to " + file.toAbsolutePath());
            } else {
                Windows.show(figure, "Synfire figure " + (++figures));
            }
            return;
        }
        // Groovy's rendering: arrays and collections as their elements.
        out.println(org.codehaus.groovy.runtime.InvokerHelper.toString(result));
    }

    /** What leaves the shell: its commands, and the words Python and JShell users type. */
    private static final java.util.Set<String> QUIT = java.util.Set.of(":quit", ":exit", "quit", "exit", "/exit");

    /**
     * {@code :help}: the shell's commands and every DSL word on a few lines; {@code :help word}:
     * that word's (or built-in model's) reference entry, as in docs/reference.md.
     */
    static String help(String word) {
        if (!word.isEmpty()) {
            return Reference.help(word).orElse("No word '" + word + "'; :help lists them all.");
        }
        StringBuilder b = new StringBuilder("Commands: :help [word] (this help, or one word's), :quit (or exit, quit, Ctrl-D) to leave.\n"
            + "Tab completes words, variables and members; Ctrl-C stops a running simulation and keeps what it recorded.\n"
            + "Words (:help word for one; all of them in docs/reference.md):\n");
        int column = 0;
        for (Reference.Entry e : Reference.words()) {
            if (column > 0 && column + e.name().length() > 96) {
                b.append(",\n");
                column = 0;
            }
            b.append(column == 0 ? "  " : ", ").append(e.name());
            column += e.name().length() + 2;
        }
        b.append("\nModels: ").append(String.join(", ", Library.neuronTemplates().stream().map(NeuronTemplate::name).toList()));
        return b.toString();
    }

    /** What Tab offers at the end of {@code line}, through the reader's own parser and completer. */
    List<String> completions(String line) {
        ParsedLine parsed = reader.getParser().parse(line, line.length(), org.jline.reader.Parser.ParseContext.COMPLETE);
        List<Candidate> candidates = new java.util.ArrayList<>();
        completer.complete(reader, parsed, candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    /** The session the lines share. */
    Session session() {
        return session;
    }

    /**
     * Ctrl-C: stop the running simulation at its next step boundary. The evaluating thread is not
     * interrupted: the signal arrives on another thread, and an interrupt landing after the line
     * finished would break the next read of the terminal.
     */
    private void interrupt() {
        if (evaluating != null) {
            session.cancel();
        }
    }

    /** Tab: what {@link Members#complete} offers at the cursor, as the Groovy kernel offers it. */
    private static void complete(Binding binding, ParsedLine line, List<Candidate> candidates) {
        Members.Completion completion = Members.complete(binding, Dsl.PACKAGES, Dsl.STATIC_IMPORTS, line.line(), line.cursor());
        // JLine replaces its whole word (split at blanks), which may begin before the name completed: println(sp.co
        int wordStart = line.cursor() - line.wordCursor();
        if (completion.start() < wordStart) {
            return;
        }
        String before = line.line().substring(wordStart, completion.start());
        for (String candidate : completion.candidates()) {
            String display = candidate.endsWith("(") || candidate.endsWith("()") ? candidate.substring(0, candidate.indexOf('(')) : candidate;
            candidates.add(new Candidate(before + candidate, display, null, null, null, null, false));
        }
    }

    /** JLine's parser, asking for more lines while the Groovy input is incomplete. */
    private static final class GroovyInput extends DefaultParser {
        GroovyInput() {
            setEofOnUnclosedQuote(false);
            setEscapeChars(new char[0]);
        }

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE && !Completeness.isComplete(line)) {
                throw new EOFError(-1, -1, "incomplete input");
            }
            return super.parse(line, cursor, context);
        }
    }
}
