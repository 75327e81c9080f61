package org.synfire.shell;

import java.io.PrintStream;
import java.util.Locale;
import org.synfire.sim.Simulation;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * A one-line progress bar on the terminal: simulated time reached (or points of a study done),
 * the end and the time left. Shown only once a run has taken a second, so short runs print
 * nothing. Used by {@code synfire run}, {@code synfire sweep} and the shell.
 */
public final class ProgressBar implements Simulation.Progress {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean enabled;
    private long runStart;
    private double start = Double.NaN;
    private double end = Double.NaN;
    private boolean shown;
    /** The length of the line drawn last, which the next one covers. */
    private int drawn;

    /**
     * A bar that shows only for runs longer than a second, redrawn on one line.
     *
     * @param err     the terminal's stream to draw on
     * @param enabled whether to draw at all (false when the output is not a terminal)
     */
    public ProgressBar(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public void update(Quantity now, Quantity end) {
        draw(now.si(), end.si(), false, Units.second.of(now.si()).format(Units.second) + " of " + end.format(Units.second) + " simulated");
    }

    /**
     * Progress over things counted rather than simulated time, e.g. the points of a study:
     * {@code [=====     ] 12 of 64 points, 30 s left}.
     *
     * @param done  how many are finished
     * @param total how many there are in all
     * @param what  the plural of what is counted
     */
    public void count(long done, long total, String what) {
        draw(done, total, true, done + " of " + total + " " + what);
    }

    /**
     * Draws the bar for {@code t} on the way to {@code end}, filled from 0 ({@code whole}) or from
     * where this run started; the time left is always from the pace since it started.
     */
    private void draw(double t, double end, boolean whole, String label) {
        if (end != this.end || Double.isNaN(start)) {
            finish();
            runStart = System.nanoTime();
            start = t;
            this.end = end;
        }
        long elapsed = System.nanoTime() - runStart;
        if (!enabled || elapsed < SHOW_AFTER_NANOS) {
            return;
        }
        double span = end - start;
        double fraction = span > 0 ? (t - start) / span : 1;
        int filled = (int) Math.round((whole ? (end > 0 ? t / end : 1) : fraction) * WIDTH);
        double eta = fraction > 0 ? elapsed * 1e-9 * (1 - fraction) / fraction : Double.NaN;
        String line = String.format(Locale.ROOT, "  [%s%s] %s, %s left ", "=".repeat(filled), " ".repeat(WIDTH - filled), label,
            Double.isNaN(eta) ? "?" : String.format(Locale.ROOT, "%.0f s", eta));
        // A line shorter than the last (19.95 s, then 20 s) is padded over the end of it, which would stay on screen.
        err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
        drawn = line.length();
        shown = true;
        if (t >= end) {
            finish();
        }
    }

    /** Ends the current line if a bar was drawn. */
    public void finish() {
        if (shown) {
            err.println();
            shown = false;
            drawn = 0;
        }
        start = Double.NaN;
    }
}
