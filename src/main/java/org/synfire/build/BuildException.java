package org.synfire.build;

import java.util.List;
import org.synfire.SynfireException;

/**
 * A network that cannot be built, with every problem found (the build checks the whole spec
 * before it allocates anything, so nothing is half-built).
 */
public class BuildException extends SynfireException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public BuildException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
            : problems.size() + " problems:\n- " + String.join("\n- ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem found, in spec order. */
    public List<String> problems() {
        return problems;
    }
}
