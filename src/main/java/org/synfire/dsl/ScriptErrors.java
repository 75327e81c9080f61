package org.synfire.dsl;

import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;
import org.synfire.Spelling;
import org.synfire.SynfireException;
import org.synfire.build.BuildException;

/**
 * Turns what goes wrong in a script into a message a user can act on: the script line, the DSL
 * word, what was expected, and for a misspelt word the nearest known ones; never only a Groovy
 * stack trace.
 */
final class ScriptErrors {
    private ScriptErrors() {
    }

    /** The DSL's words: the public methods of the script base class and the model words. */
    static Collection<String> words() {
        TreeSet<String> words = new TreeSet<>(Members.modelWords());
        for (Method m : SynfireScript.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !m.getName().startsWith("get")) {
                words.add(m.getName());
            }
        }
        return words;
    }

    /**
     * @param script     the script's name, as its messages show it
     * @param compiledAs the name it was compiled under, as its stack frames and source locations carry it
     */
    static ScriptException wrap(Throwable e, String script, String compiledAs, String text, Collection<String> variables) {
        if (e instanceof ScriptException s) {
            return s;
        }
        if (e instanceof MultipleCompilationErrorsException compile) {
            return compileError(compile, script, text);
        }
        int line = lineIn(e, compiledAs);
        String what = what(e, text, variables, true);
        return new ScriptException(where(script, line, 0) + what + quote(text, line, 0) + declarations(e, compiledAs, text, line), script,
            line, e);
    }

    /**
     * For a build error about objects added elsewhere in this script: where each was added, as
     * the build's problems carry it (the error itself surfaces at the {@code run} that built).
     */
    private static String declarations(Throwable e, String script, String text, int line) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof BuildException)) {
            cause = cause.getCause();
        }
        if (!(cause instanceof BuildException build)) {
            return "";
        }
        // Objects declared on one line (a loop making ten groups) are named together, with the line once.
        java.util.Map<Integer, java.util.Set<String>> byLine = new java.util.TreeMap<>();
        for (BuildException.Problem p : build.problems()) {
            p.location().filter(at -> at.source().equals(script) && at.line() != line)
                .ifPresent(at -> byLine.computeIfAbsent(at.line(), k -> new java.util.LinkedHashSet<>()).add(p.object()));
        }
        StringBuilder out = new StringBuilder();
        byLine.forEach((at, objects) -> out.append("\n  ").append(String.join(", ", objects)).append(objects.size() == 1 ? " was" : " were")
            .append(" declared at line ").append(at).append(':').append(quote(text, at, 0)));
        return out.toString();
    }

    /** For {@code 10.second} or {@code 10.msec}: the unit symbol meant, as in {@code 10.s} or {@code 10.ms}. */
    private static String unitSuggestion(String name) {
        TreeSet<String> symbols = new TreeSet<>();
        for (java.lang.reflect.Field f : org.synfire.units.Units.class.getFields()) {
            if (f.getType() == org.synfire.units.Unit.class) {
                try {
                    org.synfire.units.Unit unit = (org.synfire.units.Unit) f.get(null);
                    if (f.getName().equals(name)) {
                        return "; write the symbol, e.g. 10." + unit.symbol() + " (" + name + " is Units." + name + ", for expressions such as "
                            + name + ".of(10))";
                    }
                    symbols.add(unit.symbol());
                } catch (IllegalAccessException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        }
        String near = nearest(name, symbols);
        return near.isEmpty() ? "; units on numbers are symbols such as ms, mV, nA, Hz, nS, pF" : near;
    }

    private static boolean isUnit(String name) {
        try {
            return org.synfire.units.Units.class.getField(name).getType() == org.synfire.units.Unit.class;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** What {@code type} answers to, methods written as they are called: "did you mean count()?" says how. */
    private static Collection<String> members(Class<?> type) {
        return Members.groovy(type).stream().map(Members.Member::written).toList();
    }

    /**
     * What went wrong, without the place.
     *
     * @param nameClass whether an exception the DSL cannot explain is named by its class (a
     *                  notebook shows the class itself)
     */
    static String what(Throwable e, String text, Collection<String> variables, boolean nameClass) {
        String what;
        if (e instanceof MissingMethodException m && m.getType() != null && SynfireScript.class.isAssignableFrom(m.getType())) {
            what = Signatures.mismatch(m.getMethod(), m.getArguments())
                .orElseGet(() -> "unknown word '" + m.getMethod() + "'" + arguments(m.getArguments()) + nearest(m.getMethod(), words()));
        } else if (e instanceof MissingMethodException m) {
            what = "'" + m.getMethod() + "'" + arguments(m.getArguments()) + " is not a method of "
                + (m.getType() == null ? "this value" : m.getType().getSimpleName());
        } else if (e instanceof MissingPropertyException p && p.getType() != null && Number.class.isAssignableFrom(p.getType())) {
            what = "'" + p.getProperty() + "' is not a unit a number can carry" + unitSuggestion(p.getProperty());
        } else if (e instanceof MissingPropertyException p && p.getType() != null && !SynfireScript.class.isAssignableFrom(p.getType())) {
            what = "'" + p.getProperty() + "' is not a property of " + p.getType().getSimpleName() + nearest(p.getProperty(), members(p.getType()));
        } else if (e instanceof MissingPropertyException p && p.getType() != null && words().contains(p.getProperty())) {
            what = "'" + p.getProperty() + "' is a DSL word, used here without its arguments (Groovy reads 'run -1.ms' as run minus 1 ms); "
                + "write " + p.getProperty() + "(...) with parentheses";
        } else if (e instanceof MissingPropertyException p && p.getType() != null) {
            TreeSet<String> names = new TreeSet<>(words());
            names.addAll(variables);
            java.util.regex.Matcher defs = java.util.regex.Pattern.compile("\\bdef\\s+([A-Za-z_]\\w*)").matcher(text);
            while (defs.find()) {
                names.add(defs.group(1));
            }
            what = "unknown name '" + p.getProperty() + "': not a variable of this script nor a DSL word" + nearest(p.getProperty(), names);
        } else if (e instanceof groovy.lang.ReadOnlyPropertyException r && isUnit(r.getProperty())) {
            what = "'" + r.getProperty() + "' is a unit, imported into every script (Units." + r.getProperty() + "); "
                + "give the variable another name";
        } else if (e instanceof StackOverflowError) {
            what = "the script recursed without end (inside a closure compiled statically, 'run' and 'call' mean the closure itself; "
                + "call the DSL word outside the closure)";
        } else if (e instanceof SynfireException || e instanceof IllegalArgumentException) {
            what = e.getMessage();
        } else {
            what = nameClass ? e.getClass().getSimpleName() + ": " + e.getMessage() : String.valueOf(e.getMessage());
        }
        return what;
    }

    private static ScriptException compileError(MultipleCompilationErrorsException e, String script, String text) {
        List<? extends Message> errors = e.getErrorCollector().getErrors();
        StringBuilder b = new StringBuilder();
        int firstLine = 0;
        for (Message m : errors) {
            if (m instanceof SyntaxErrorMessage s) {
                SyntaxException cause = s.getCause();
                firstLine = firstLine == 0 ? cause.getLine() : firstLine;
                String message = cause.getOriginalMessage().replace("[Static type checking] - ", "");
                b.append(b.length() == 0 ? "" : "\n").append(where(script, cause.getLine(), cause.getStartColumn())).append(message)
                    .append(quote(text, cause.getLine(), cause.getStartColumn()));
            }
        }
        if (b.length() == 0) {
            b.append(where(script, 0, 0)).append(e.getMessage());
        }
        return new ScriptException(b.toString(), script, firstLine, e);
    }

    /** The line of {@code script} the error came from: the innermost stack frame in it. */
    private static int lineIn(Throwable e, String script) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (script.equals(frame.getFileName()) && frame.getLineNumber() > 0) {
                    return frame.getLineNumber();
                }
            }
        }
        return 0;
    }

    private static String where(String script, int line, int column) {
        return script + (line > 0 ? ":" + line : "") + (column > 0 ? ":" + column : "") + ": ";
    }

    private static String quote(String text, int line, int column) {
        String[] lines = text.split("\n", -1);
        if (line < 1 || line > lines.length) {
            return "";
        }
        String source = lines[line - 1].stripTrailing();
        String caret = column > 0 ? "\n    " + " ".repeat(Math.max(0, column - 1)) + "^" : "";
        return "\n    " + source + caret;
    }

    private static String arguments(Object[] args) {
        if (args == null || args.length == 0) {
            return "";
        }
        return Arrays.stream(args).map(a -> a == null ? "null" : a.getClass().getSimpleName())
            .collect(java.util.stream.Collectors.joining(", ", " with (", ")"));
    }

    /** "; did you mean a, b?" for the known names within a small edit distance of {@code name}. */
    static String nearest(String name, Collection<String> known) {
        List<String> close = Spelling.nearest(name, known, 3).stream()
            .filter(k -> Spelling.distance(name.toLowerCase(), k.replaceFirst("\\(.*\\)$", "").toLowerCase()) <= Math.max(2, name.length() / 3))
            .toList();
        return close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?";
    }
}
