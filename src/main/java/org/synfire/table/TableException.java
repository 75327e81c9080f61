package org.synfire.table;

import org.synfire.SynfireException;

/** A table that cannot be made or read: a missing column, a file that is not a Synfire table, a wrong unit. */
public class TableException extends SynfireException {
    private static final long serialVersionUID = 1L;

    public TableException(String message) {
        super(message);
    }

    public TableException(String message, Throwable cause) {
        super(message, cause);
    }
}
