package org.synfire.notebook;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cells executed in this kernel's session, for history requests (tail, range, glob search),
 * as the {@code [session, line, input]} or {@code [session, line, [input, output]]} triples the
 * protocol wants. The library's HistoryReply would send them as objects, and without status.
 * Only the last {@value #KEPT_CELLS} cells are kept, each output cut at {@value #KEPT_OUTPUT}
 * characters, so the history of a long session stays small.
 */
final class CellHistory {
    /** This session's number; 0 also means "the current session" in a range request. */
    static final int SESSION = 1;

    private record Cell(int line, String input, String output) {
    }

    /** Cells kept: a kernel that runs for days answers for its recent past, not all of it. */
    static final int KEPT_CELLS = 1000;
    /** Characters of each cell's text output kept (a large table's text runs to megabytes). */
    static final int KEPT_OUTPUT = 10_000;

    private final ArrayDeque<Cell> cells = new ArrayDeque<>();

    synchronized void add(int line, String input, String output) {
        String text = output == null ? "" : output;
        cells.addLast(new Cell(line, input, text.length() > KEPT_OUTPUT ? text.substring(0, KEPT_OUTPUT) + "…" : text));
        if (cells.size() > KEPT_CELLS) {
            cells.removeFirst();
        }
    }

    synchronized List<List<Object>> tail(int n, boolean output) {
        return entries(cells.stream().skip(Math.max(0, cells.size() - Math.max(n, 0))).toList(), output);
    }

    /** Lines {@code start} (inclusive) to {@code stop} (exclusive) of the session; other sessions are empty. */
    synchronized List<List<Object>> range(int session, int start, int stop, boolean output) {
        if (session != 0 && session != SESSION) {
            return List.of();
        }
        return entries(cells.stream().filter(c -> c.line >= start && (stop <= 0 || c.line < stop)).toList(), output);
    }

    /** The last {@code n} cells (all when {@code n <= 0}) whose input matches a glob ({@code *}, {@code ?}). */
    synchronized List<List<Object>> search(String glob, int n, boolean unique, boolean output) {
        Pattern pattern = glob(glob == null || glob.isEmpty() ? "*" : glob);
        List<Cell> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (java.util.Iterator<Cell> newestFirst = cells.descendingIterator(); newestFirst.hasNext() && (n <= 0 || found.size() < n); ) {
            Cell c = newestFirst.next();
            if (pattern.matcher(c.input).matches() && (!unique || seen.add(c.input))) {
                found.add(0, c);
            }
        }
        return entries(found, output);
    }

    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char ch : glob.toCharArray()) {
            switch (ch) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static List<List<Object>> entries(List<Cell> cells, boolean output) {
        return cells.stream()
            .map(c -> List.<Object>of(SESSION, c.line, output ? List.of(c.input, c.output) : c.input))
            .toList();
    }
}
