package org.synfire.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.synfire.SynfireException;
import org.synfire.model.SourceLocation;

/**
 * A network that cannot be built, with every problem found (the build checks the whole spec
 * before it allocates anything, so nothing is half-built). Each problem names its object and,
 * where the user's line that added the object is known, carries it, so a front end can point at
 * it (the script's {@code group(...)} line, not the {@code run} that built the network).
 */
public class BuildException extends SynfireException {
    private static final long serialVersionUID = 1L;

    /**
     * One problem.
     *
     * @param object   the object it is about, as messages name it ({@code Group 'exc'}), or {@code Network}
     * @param message  the whole message, starting with the object
     * @param location where the user added the object, if known
     */
    public record Problem(String object, String message, Optional<SourceLocation> location) {
    }

    private final transient List<Problem> problems;

    /**
     * An error listing {@code problems}; a mistake shared by several objects of one kind is one
     * line of the message naming them all.
     *
     * @param problems what was found, in the order found; not empty
     */
    public BuildException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems, one line each, except that one mistake shared by several objects of a kind
     * (ten groups made by one loop, all with {@code tau: 0.ms}) is one line naming them all.
     */
    private static String describe(List<Problem> problems) {
        Map<String, List<Problem>> alike = new LinkedHashMap<>();
        for (Problem p : problems) {
            alike.computeIfAbsent(kind(p) + "\u0000" + p.message().replace(p.object(), "\u0000"), k -> new ArrayList<>()).add(p);
        }
        List<String> lines = new ArrayList<>();
        alike.forEach((key, same) -> lines.add(same.size() == 1 ? same.get(0).message() : shared(key.substring(key.indexOf('\u0000') + 1), same)));
        return lines.size() == 1 ? lines.get(0) : lines.size() + " problems:\n- " + String.join("\n- ", lines);
    }

    private static String kind(Problem p) {
        int space = p.object().indexOf(' ');
        return space < 0 ? p.object() : p.object().substring(0, space);
    }

    private static String shared(String template, List<Problem> same) {
        String kind = kind(same.get(0));
        String names = String.join(", ", same.stream().map(p -> p.object().substring(kind.length()).strip()).toList());
        int first = template.indexOf('\u0000');
        return template.substring(0, first) + kind + "s " + names + template.substring(first + 1).replace("\u0000", "each")
            + " (the same in all " + same.size() + ")";
    }

    /**
     * One problem with no known location, e.g. a question about a build that does not fit it.
     *
     * @param object  what the problem is about, its kind first ({@code "group exc"}, {@code "BuildReport"})
     * @param message the whole message, naming the object and the fix
     */
    public BuildException(String object, String message) {
        this(List.of(new Problem(object, message, Optional.empty())));
    }

    /** {@return each problem found, in the order found} */
    public List<Problem> problems() {
        return problems;
    }
}
