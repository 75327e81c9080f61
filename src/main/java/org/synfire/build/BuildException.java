package org.synfire.build;

import java.util.List;
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

    public BuildException(List<Problem> problems) {
        super(problems.size() == 1 ? problems.get(0).message()
            : problems.size() + " problems:\n- " + String.join("\n- ", problems.stream().map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    /** One problem with no known location, e.g. a question about a build that does not fit it. */
    public BuildException(String object, String message) {
        this(List.of(new Problem(object, message, Optional.empty())));
    }

    /** Each problem found, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
