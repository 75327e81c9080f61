package org.synfire.notebook;

import java.util.Locale;
import org.synfire.units.Quantity;

/** The text of a progress line: a bar of twenty cells, the percentage and the simulated times. */
final class ProgressLine {
    private static final int WIDTH = 20;

    private ProgressLine() {
    }

    static String format(Quantity now, Quantity end) {
        double fraction = end.si() <= 0 ? 1 : Math.min(1, Math.max(0, now.si() / end.si()));
        int filled = (int) Math.round(fraction * WIDTH);
        return String.format(Locale.ROOT, "[%s%s] %3.0f%%  t = %s of %s",
            "#".repeat(filled), ".".repeat(WIDTH - filled), fraction * 100, now, end);
    }
}
