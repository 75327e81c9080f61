package org.synfire.sweep;

import java.util.Map;

/**
 * What a study runs at each point: a script, a closure or Java code that builds a network with
 * the point's parameters and seed, runs it and returns its summary, one number per name (the
 * columns of {@code sweep.csv}, in the order given: return a {@code LinkedHashMap} to choose it).
 * An exception fails that point only, and the study goes on; a {@link StudyException} stops the
 * study. With several points in parallel the task runs on several threads at once, so it must
 * not share mutable state between points.
 */
@FunctionalInterface
public interface PointTask {
    /**
     * @param point   the parameters and seed
     * @param context the point's folder (for the files it saves) and the threads it may use
     * @return the point's results; empty when it has none beyond its files
     * @throws StudyException to stop the whole study
     * @throws Exception      any other, to fail this point only
     */
    Map<String, ? extends Number> run(Point point, PointContext context) throws Exception;
}
