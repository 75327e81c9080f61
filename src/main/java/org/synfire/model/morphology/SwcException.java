package org.synfire.model.morphology;

/**
 * A malformed SWC file, reported as {@code <file>, line N: problem; fix} like an equation error
 * (e.g. {@code cell.swc, line 12: point 12's parent 40 is not in the file; ...}).
 */
public class SwcException extends MorphologyException {
    private static final long serialVersionUID = 1L;

    /** The file name. */
    private final String source;
    /** The line at fault, from 1, or 0. */
    private final int line;

    /**
     * @param source  the file name
     * @param line    the line, from 1, or 0 for the file as a whole
     * @param message the problem and its fix
     */
    public SwcException(String source, int line, String message) {
        super(source + (line > 0 ? ", line " + line : "") + ": " + message);
        this.source = source;
        this.line = line;
    }

    /** {@return the file name} */
    public String source() {
        return source;
    }

    /** {@return the line at fault, from 1; 0 when the file as a whole is} */
    public int line() {
        return line;
    }
}
