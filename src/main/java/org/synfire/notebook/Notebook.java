package org.synfire.notebook;

import org.synfire.sim.Simulation;
import org.synfire.units.Quantity;

/**
 * What a cell can ask of the notebook. Both kernels import these statically, so a cell calls
 * {@code display(table)} or {@code sim.run(ms.of(500), progress())} directly. Outside a Synfire
 * kernel each call says so rather than doing nothing.
 */
public final class Notebook {
    private Notebook() {
    }

    /**
     * Shows {@code value} now, as the richest output it has (a figure as PNG, a table as HTML,
     * anything as text), and returns a handle whose {@link Shown#update} replaces it.
     * Call it several times for several outputs in one cell.
     *
     * @param value what to show
     * @return the handle of the output
     * @throws IllegalStateException outside a Synfire kernel
     */
    public static Shown display(Object value) {
        SynfireKernel kernel = SynfireKernel.current();
        return new Shown(kernel, kernel.display(value));
    }

    /**
     * Shows {@code value} as the given MIME types, e.g. a figure as SVG too:
     * {@code display(fig, 'image/svg+xml', 'image/png')}. Figures are PNG unless asked: nbconvert's
     * HTML export prefers SVG to PNG and its sanitiser empties the SVG, so the page shows a blank.
     *
     * @param value     what to show
     * @param mimeTypes the MIME types to render it as
     * @return the handle of the output
     * @throws IllegalStateException outside a Synfire kernel
     */
    public static Shown display(Object value, String... mimeTypes) {
        SynfireKernel kernel = SynfireKernel.current();
        return new Shown(kernel, kernel.display(value, mimeTypes));
    }

    /**
     * An output shown by {@link #display}, which {@link #update} replaces in place. A cell that
     * ends with {@code display(x)} shows x once: the kernel never shows a Shown as a result.
     */
    public static final class Shown {
        private final SynfireKernel kernel;
        private final String id;

        private Shown(SynfireKernel kernel, String id) {
            this.kernel = kernel;
            this.id = id;
        }

        /** {@return the display id the notebook knows this output by} */
        public String id() {
            return id;
        }

        /**
         * Replaces this output with {@code value}, rendered as {@link #display(Object)} would.
         *
         * @param value what to show instead
         */
        public void update(Object value) {
            kernel.updateDisplay(id, value);
        }

        @Override
        public String toString() {
            return "display " + id;
        }
    }

    /**
     * Shows {@code value} in the notebook's pager (the panel for help text) instead of the cell.
     *
     * @param value what to show, rendered as {@link #display(Object)} would
     * @throws IllegalStateException outside a Synfire kernel
     */
    public static void page(Object value) {
        SynfireKernel.current().page(value);
    }

    /**
     * Clears this cell's output so far.
     *
     * @throws IllegalStateException outside a Synfire kernel
     */
    public static void clearOutput() {
        SynfireKernel.current().clearOutput(false);
    }

    /**
     * A progress line for {@link Simulation#run(Quantity, Simulation.Progress)}: one output that
     * updates in place, about ten times a second, with the simulated time reached.
     *
     * @return the progress callback to pass to {@code run}; each call of {@code progress()} starts an output of its own
     * @throws IllegalStateException outside a Synfire kernel
     */
    public static Simulation.Progress progress() {
        SynfireKernel kernel = SynfireKernel.current();
        String id = kernel.display("[" + ".".repeat(20) + "] starting");
        return (now, end) -> kernel.updateDisplay(id, ProgressLine.format(now, end));
    }
}
