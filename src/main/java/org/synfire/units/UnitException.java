package org.synfire.units;

import org.synfire.SynfireException;

/**
 * A units error: adding or comparing quantities of different dimensions, expressing a quantity in
 * a unit of another dimension, or a unit or quantity text that cannot be read. Parse errors repeat
 * the text with a caret line under the offending part and say what was expected.
 */
public class UnitException extends SynfireException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the quantities or text involved
     */
    public UnitException(String message) {
        super(message);
    }
}
