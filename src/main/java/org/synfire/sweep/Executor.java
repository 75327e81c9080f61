package org.synfire.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where a study's points run: the {@link LocalExecutor}'s threads in this JVM, or (as another
 * implementation) a cluster. An executor runs points and hands back their results; the study
 * folder, resuming, the table and the manifest are {@link Sweep}'s, the same for every executor,
 * so a study gives the same {@code sweep.csv} wherever it ran.
 */
public interface Executor {
    /**
     * Runs {@code task} at every point of {@code points} and hands each result to {@code done}
     * on the calling thread, in the order the points finish. Points running when {@link #cancel}
     * is called, or when the calling thread is interrupted, are dropped (their results are not
     * handed on, so a resumed study runs them again).
     *
     * @param points  the points to run
     * @param folders each point's folder, to be made and handed to its task
     * @param task    what runs at each point
     * @param done    receives each point's result, ok or failed
     * @throws StudyException      a task's, once the points already running have ended
     * @throws InterruptedException the calling thread was interrupted (the points running are stopped first)
     */
    void execute(List<Point> points, Function<Point, Path> folders, PointTask task, Consumer<PointResult> done)
        throws InterruptedException;

    /** Stops starting points and interrupts the running ones; {@link #execute} returns once they have ended. Any thread. */
    void cancel();

    /** {@return where and how the points run, for the study's manifest: {@code local: 2 points at a time, 1 thread each}} */
    String description();
}
