package org.synfire.sweep;

import org.synfire.SynfireException;

/**
 * A study that cannot be run as given: a malformed grid, seed range, shard or points file, a
 * study folder in the way, shards that do not belong together. A {@link PointTask} throws its
 * subclass {@link StudyException} to stop the whole study (a mistake in the study itself, such as
 * a parameter no point asks for); any other exception fails one point only.
 */
public class SweepException extends SynfireException {
    private static final long serialVersionUID = 1L;

    /** @param message what cannot be run, naming the text or file, and what to give instead */
    public SweepException(String message) {
        super(message);
    }

    /**
     * @param message what cannot be run, naming the text or file, and what to give instead
     * @param cause   the exception behind it
     */
    public SweepException(String message, Throwable cause) {
        super(message, cause);
    }
}
