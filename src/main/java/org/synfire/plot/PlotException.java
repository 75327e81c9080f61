package org.synfire.plot;

import org.synfire.SynfireException;

/** A figure that cannot be drawn or saved: nothing to plot, an unknown file type, a grid with no cells. */
public class PlotException extends SynfireException {
    private static final long serialVersionUID = 1L;

    /** @param message what cannot be drawn or saved, and what to do instead */
    public PlotException(String message) {
        super(message);
    }
}
