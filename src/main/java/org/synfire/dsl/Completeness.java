package org.synfire.dsl;

/**
 * Whether a piece of interactive input is a whole statement or needs more lines: open brackets,
 * braces or parentheses, an unterminated triple-quoted string or block comment, or a line ending
 * in a backslash mean more is to come. Used by the REPL (multi-line input) and the notebook
 * kernel ({@code is_complete}); the compiler has the last word on whether the input is valid.
 */
public final class Completeness {
    private Completeness() {
    }

    /** True if {@code text} can be evaluated as it is. */
    public static boolean isComplete(String text) {
        int depth = 0;
        int k = 0;
        int n = text.length();
        while (k < n) {
            char c = text.charAt(k);
            if (text.startsWith("//", k)) {
                int end = text.indexOf('\n', k);
                k = end < 0 ? n : end;
            } else if (text.startsWith("/*", k)) {
                int end = text.indexOf("*/", k + 2);
                if (end < 0) {
                    return false;
                }
                k = end + 2;
            } else if (text.startsWith("'''", k) || text.startsWith("\"\"\"", k)) {
                int end = text.indexOf(text.substring(k, k + 3), k + 3);
                if (end < 0) {
                    return false;
                }
                k = end + 3;
            } else if (c == '\'' || c == '"') {
                k = endOfString(text, k, c);
            } else {
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                }
                k++;
            }
        }
        return depth <= 0 && !text.stripTrailing().endsWith("\\");
    }

    /** The index after a one-line string starting at {@code k} (an unterminated one ends at the line's end, for the compiler to report). */
    private static int endOfString(String text, int k, char quote) {
        int j = k + 1;
        while (j < text.length() && text.charAt(j) != quote && text.charAt(j) != '\n') {
            j += text.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(j + 1, text.length());
    }
}
