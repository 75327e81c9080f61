package org.synfire.analysis;

import org.synfire.SynfireException;

/** An analysis asked of data that cannot give it: an empty window, a bin that is not positive, a neuron outside the group. */
public class AnalysisException extends SynfireException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the analysis's arguments and what to give instead */
    public AnalysisException(String message) {
        super(message);
    }
}
