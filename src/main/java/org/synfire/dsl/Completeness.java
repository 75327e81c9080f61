package org.synfire.dsl;

import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Whether a piece of interactive input is a whole statement, needs more lines, or cannot become
 * valid: for the REPL's multi-line input and the notebook kernel's {@code is_complete}. Open
 * brackets, a triple-quoted string or a block comment mean more is to come; a closing bracket that
 * matches nothing or a string broken by a newline cannot be mended; otherwise the parser decides,
 * and an error at the very end of the text (a dangling {@code 1 +}) means more is to come.
 */
public enum Completeness {
    /** A whole statement (or several): run it. */
    COMPLETE,
    /** More lines are needed: open brackets or strings, or a statement that breaks off. */
    INCOMPLETE,
    /** No further lines can make it valid: run it anyway, so that its error is shown. */
    INVALID;

    /**
     * How a piece of input stands.
     *
     * @param code the input so far, all its lines
     * @return whether it is complete, needs more, or cannot become valid
     */
    public static Completeness of(String code) {
        Completeness balance = balance(code);
        if (balance != COMPLETE) {
            return balance;
        }
        CompilationUnit unit = new CompilationUnit(Dsl.configuration(false, true));
        unit.addSource("IsComplete.groovy", code);
        try {
            unit.compile(Phases.CONVERSION);
            return COMPLETE;
        } catch (MultipleCompilationErrorsException e) {
            for (Message m : e.getErrorCollector().getErrors()) {
                if (m instanceof SyntaxErrorMessage s && atEnd(code, s.getCause())) {
                    return INCOMPLETE;
                }
            }
            return INVALID;
        }
    }

    /**
     * Whether input can be run now.
     *
     * @param code the input so far, all its lines
     * @return true unless more input is needed: invalid input is complete too, so that its error is shown
     */
    public static boolean isComplete(String code) {
        return of(code) != INCOMPLETE;
    }

    /** Whether the parser gave up at the last character of the text, i.e. wanted more. */
    private static boolean atEnd(String code, SyntaxException x) {
        if (x.getOriginalMessage() != null && x.getOriginalMessage().contains("<EOF>")) {
            return true;
        }
        String[] lines = code.stripTrailing().split("\n", -1);
        return x.getLine() > lines.length || (x.getLine() == lines.length && x.getStartColumn() >= lines[lines.length - 1].length());
    }

    /** Bracket and string balance, comments and string contents skipped. */
    private static Completeness balance(String s) {
        StringBuilder open = new StringBuilder();
        int k = 0;
        int n = s.length();
        while (k < n) {
            char c = s.charAt(k);
            if (s.startsWith("//", k)) {
                int end = s.indexOf('\n', k);
                k = end < 0 ? n : end;
            } else if (s.startsWith("/*", k)) {
                int end = s.indexOf("*/", k + 2);
                if (end < 0) {
                    return INCOMPLETE;
                }
                k = end + 2;
            } else if (s.startsWith("'''", k) || s.startsWith("\"\"\"", k)) {
                int end = s.indexOf(s.substring(k, k + 3), k + 3);
                if (end < 0) {
                    return INCOMPLETE;
                }
                k = end + 3;
            } else if (c == '\'' || c == '"') {
                int j = k + 1;
                while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                if (j >= n || s.charAt(j) == '\n') {
                    return INVALID;
                }
                k = j + 1;
            } else {
                if ("([{".indexOf(c) >= 0) {
                    open.append(c);
                } else if (")]}".indexOf(c) >= 0) {
                    if (open.length() == 0 || "([{".indexOf(open.charAt(open.length() - 1)) != ")]}".indexOf(c)) {
                        return INVALID;
                    }
                    open.setLength(open.length() - 1);
                }
                k++;
            }
        }
        return open.length() == 0 ? COMPLETE : INCOMPLETE;
    }
}
