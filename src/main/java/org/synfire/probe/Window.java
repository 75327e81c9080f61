package org.synfire.probe;

/**
 * The steps a recorder records: {@code [start, stop)}, in steps. Recorders outside their window
 * store nothing, so recording part of a long run costs memory only for that part.
 *
 * @param start first step recorded
 * @param stop  first step no longer recorded ({@link Long#MAX_VALUE} for no end)
 */
public record Window(long start, long stop) {
    /** Every step. */
    public static final Window ALWAYS = new Window(0, Long.MAX_VALUE);

    /**
     * @param step a simulation step
     * @return whether the step is in {@code [start, stop)}
     */
    public boolean contains(long step) {
        return step >= start && step < stop;
    }
}
