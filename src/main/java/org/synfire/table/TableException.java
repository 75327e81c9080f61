package org.synfire.table;

import org.synfire.SynfireException;

/** A table that cannot be made or read: a missing column, a file that is not a Synfire table, a wrong unit. */
public class TableException extends SynfireException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the table, column or file, and what to do instead */
    public TableException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the table, column or file, and what to do instead
     * @param cause   the failure underneath, e.g. an I/O error
     */
    public TableException(String message, Throwable cause) {
        super(message, cause);
    }
}
