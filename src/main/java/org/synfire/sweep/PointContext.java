package org.synfire.sweep;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.synfire.build.BuildReport;

/**
 * What a point is given besides its parameters: its folder, the threads it may use (so that
 * points running side by side never ask for more threads than the machine has cores), and a way
 * to tell the study how much memory its network takes, so that it runs only as many points at
 * once as fit in the heap.
 */
public final class PointContext {
    private final Path folder;
    private final int threads;
    private final Consumer<BuildReport> built;

    /**
     * @param folder  where the point's files go (made before the task runs)
     * @param threads worker threads for its simulations
     * @param built   receives each build report the task passes to {@link #built(BuildReport)}
     */
    public PointContext(Path folder, int threads, Consumer<BuildReport> built) {
        this.folder = folder;
        this.threads = threads;
        this.built = built;
    }

    /** {@return the point's own folder, for the tables and figures it saves; it exists when the task runs} */
    public Path folder() {
        return folder;
    }

    /** {@return the threads the point's simulations may use ({@code simulation.threads(context.threads())})} */
    public int threads() {
        return threads;
    }

    /**
     * Tells the study the size of a network the point built; call it right after the build.
     * Until the first point has called it (or ended), the study runs one point at a time.
     *
     * @param report the build's report, whose group and projection sizes are counted
     */
    public void built(BuildReport report) {
        built.accept(report);
    }
}
