package org.synfire.model;

import java.security.CodeSource;
import java.util.Optional;
import java.util.Set;

/**
 * Where the user described something: the file (a script, a notebook cell, a Java class's source
 * file) and its line. {@link Network} records one for every object it is given, so a problem the
 * build finds later points back at the line that made the object.
 *
 * @param source the file name as the compiler knew it, e.g. {@code tour.groovy} or {@code Tour.java}
 * @param line   the line, from 1
 */
public record SourceLocation(String source, int line) {
    /** Frames of these are the machinery between the user's line and Synfire (Groovy's call sites, reflection). */
    private static final Set<String> RUNTIME = Set.of("java.", "jdk.", "sun.", "groovy.", "org.codehaus.groovy.", "org.apache.groovy.");

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    @Override
    public String toString() {
        return source + ":" + line;
    }

    /**
     * The user's line that called into Synfire: the nearest frame on the stack outside Synfire's
     * own classes and the Java and Groovy runtimes, if it has a line number.
     */
    static Optional<SourceLocation> caller() {
        CodeSource synfire = SourceLocation.class.getProtectionDomain().getCodeSource();
        return WALKER.walk(frames -> frames
            .filter(f -> RUNTIME.stream().noneMatch(f.getClassName()::startsWith))
            .filter(f -> !sameCode(f.getDeclaringClass(), synfire))
            .findFirst()
            .filter(f -> f.getFileName() != null && f.getLineNumber() > 0)
            .map(f -> new SourceLocation(f.getFileName(), f.getLineNumber())));
    }

    private static boolean sameCode(Class<?> type, CodeSource synfire) {
        CodeSource own = type.getProtectionDomain().getCodeSource();
        return own == null ? synfire == null : synfire != null && own.getLocation() != null
            && own.getLocation().equals(synfire.getLocation());
    }
}
