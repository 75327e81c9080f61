package org.synfire.equations;

/**
 * Where a token or expression stands in a {@link Source}: a 0-based line and the half-open column
 * range {@code [start, end)} within it.
 */
public record Span(Source source, int line, int start, int end) {

    /**
     * The smallest span covering both (on the first one's line when they differ).
     *
     * @param other a span of the same source
     * @return a span from the earlier start to the later end, or this one when the lines differ
     */
    public Span to(Span other) {
        if (other.line != line) {
            return this;
        }
        return new Span(source, line, Math.min(start, other.start), Math.max(end, other.end));
    }

    /** {@return the text the span covers} */
    public String text() {
        String l = source.line(line);
        return l.substring(Math.min(start, l.length()), Math.min(end, l.length()));
    }
}
