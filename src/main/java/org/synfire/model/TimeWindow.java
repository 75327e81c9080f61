package org.synfire.model;

import org.synfire.units.Dimension;
import org.synfire.units.Quantity;

/**
 * The part of a run a probe records: from {@code start} (inclusive) to {@code stop} (exclusive),
 * in simulated time; {@code stop} may be {@code null} for no end. Both are rounded to steps.
 *
 * @param start when recording starts
 * @param stop  when it stops, or {@code null}
 */
public record TimeWindow(Quantity start, Quantity stop) {
    /** The whole run. */
    public static final TimeWindow ALWAYS = new TimeWindow(Quantity.si(0, Dimension.TIME), null);

    /**
     * Checks the window.
     *
     * @param start when recording starts
     * @param stop  when it stops, or {@code null}
     * @throws SpecException unless {@code 0 <= start < stop} (or {@code stop} is {@code null}), both times
     */
    public TimeWindow {
        if (!start.dimension().equals(Dimension.TIME) || !(start.si() >= 0)
            || stop != null && (!stop.dimension().equals(Dimension.TIME) || !(stop.si() > start.si()))) {
            throw new SpecException("Probe", "window", null, "[" + start + ", " + stop + ") is not a window of time; give "
                + "0 <= start < stop, e.g. between(Units.ms.of(100), Units.ms.of(200))");
        }
    }

    @Override
    public String toString() {
        return "[" + start + ", " + (stop == null ? "end" : stop.toString()) + ")";
    }
}
