package org.synfire.sweep;

/**
 * A mistake in the study itself, found while a point runs (a parameter of the grid that the
 * script never asks for, say): thrown by a {@link PointTask}, it stops the whole study instead of
 * failing every point the same way. Points already finished stay in the study folder.
 */
public final class StudyException extends SweepException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the study and how to fix it */
    public StudyException(String message) {
        super(message);
    }
}
