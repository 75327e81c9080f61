package org.synfire.equations;

/**
 * A piece of model text as the user wrote it (the equations, a threshold, a reset, a refractory
 * condition), with the label used in error messages. Spans point into it by line and column.
 *
 * @param label what the text is, e.g. {@code "equations of model 'lif'"} or {@code "threshold"}
 * @param text  the text itself, possibly several lines
 */
public record Source(String label, String text) {

    /**
     * The given line (0-based) of the text, without its line terminator.
     *
     * @param index the line, from 0
     * @return its text; empty past the last line
     */
    public String line(int index) {
        String[] lines = text.split("\r?\n", -1);
        return index < lines.length ? lines[index] : "";
    }
}
