package org.synfire.analysis.coding;

import org.synfire.SynfireException;

/** A code set up or used wrongly: a value outside its range, an empty interval, too few spikes to decode. */
public class CodingException extends SynfireException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the code's arguments and what to give instead */
    public CodingException(String message) {
        super(message);
    }
}
