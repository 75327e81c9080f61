package org.synfire.sweep;

import org.synfire.SynfireException;

/**
 * A study that cannot be run as given: a malformed grid, seed range, shard or points file, a
 * study folder in the way, shards that do not belong together. A {@link PointTask} throws it to
 * stop the whole study (a mistake in the study itself, such as a parameter no point asks for)
 * rather than fail one point.
 */
public class SweepException extends SynfireException {
    private static final long serialVersionUID = 1L;

    public SweepException(String message) {
        super(message);
    }

    public SweepException(String message, Throwable cause) {
        super(message, cause);
    }
}
