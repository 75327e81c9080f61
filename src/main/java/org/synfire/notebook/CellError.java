package org.synfire.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A failed cell as the notebook shows it: the exception's name and message, the cell lines it
 * passed through (with their text), and the messages of its causes, but none of the frames of
 * Synfire, Groovy, JShell or the JDK, which would bury the one line the user can change.
 */
final class CellError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<String> traceback;

    CellError(String name, String message, List<String> traceback) {
        super(message);
        this.name = name;
        this.traceback = List.copyOf(traceback);
    }

    String name() {
        return name;
    }

    List<String> traceback() {
        return traceback;
    }

    /**
     * @param cellLine the 1-based cell line a stack frame belongs to, or 0 if it is not the user's
     */
    static CellError of(Throwable t, ToIntFunction<StackTraceElement> cellLine, String source) {
        return of(t, c -> c.getClass().getSimpleName(), cellLine, source);
    }

    /**
     * @param nameOf the name to show for an exception or cause (JShell reports the user's
     *               exceptions under its own wrapper class)
     */
    static CellError of(Throwable t, Function<Throwable, String> nameOf, ToIntFunction<StackTraceElement> cellLine, String source) {
        return of(t, nameOf, t.getMessage(), cellLine, source);
    }

    /** @param explained the message to show, e.g. the DSL's explanation of a missing method */
    static CellError of(Throwable t, Function<Throwable, String> nameOf, String explained, ToIntFunction<StackTraceElement> cellLine,
                        String source) {
        if (t instanceof CellError e) {
            return e;
        }
        if (t instanceof CellRunner.Interrupted) {
            return new CellError("Interrupted", t.getMessage(), List.of("Interrupted: " + t.getMessage()));
        }
        String name = nameOf.apply(t);
        String message = explained == null ? "" : explained;
        List<String> lines = new ArrayList<>();
        lines.add(message.isEmpty() ? name : name + ": " + message);
        String[] cell = source.split("\n", -1);
        int last = -1;
        for (StackTraceElement frame : t.getStackTrace()) {
            int line = cellLine.applyAsInt(frame);
            if (line > 0 && line <= cell.length && line != last) {
                lines.add("    at line " + line + ": " + cell[line - 1].strip());
                last = line;
            }
        }
        for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            lines.add("Caused by " + nameOf.apply(c) + (c.getMessage() == null ? "" : ": " + c.getMessage()));
        }
        return new CellError(name, message, lines);
    }

    /** An error in the cell's text itself, found before anything ran: the line and a caret under the column. */
    static CellError compile(String name, String message, String source, int line, int column) {
        List<String> lines = new ArrayList<>();
        lines.add(name + ": " + message);
        String[] cell = source.split("\n", -1);
        if (line >= 1 && line <= cell.length) {
            String prefix = "    line " + line + ": ";
            lines.add(prefix + cell[line - 1]);
            if (column >= 1) {
                lines.add(" ".repeat(prefix.length() + column - 1) + "^");
            }
        }
        return new CellError(name, message, lines);
    }
}
