package org.synfire.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Executors that live outside Synfire's own jar, found at run time through
 * {@link ServiceLoader}: the Spark executor ({@code synfire-spark}, package
 * {@code org.synfire.sweep.spark}) registers one, so a front end can run a study on
 * {@code spark://HOST:PORT} or {@code local[N]} when, and only when, Spark is on its class path.
 */
public interface ExecutorProvider {
    /**
     * Whether this provider runs points at {@code where}.
     *
     * @param where what the user gave, e.g. {@code spark://10.0.0.1:7077} or {@code local[2]}
     * @return true when {@link #executor} takes it
     */
    boolean accepts(String where);

    /**
     * An executor that runs points at {@code where}.
     *
     * @param where    what {@link #accepts} took
     * @param settings the cluster's settings, name to value (Spark's {@code --conf})
     * @param jars     the jars each worker needs to run a point (Synfire's own and its libraries)
     * @return the executor, not started yet
     * @throws SweepException when a setting is malformed
     */
    Executor executor(String where, Map<String, String> settings, List<Path> jars);

    /**
     * The provider on the class path that accepts {@code where}, if any.
     *
     * @param where where the points should run
     * @return the first provider that accepts it
     */
    static Optional<ExecutorProvider> find(String where) {
        return ServiceLoader.load(ExecutorProvider.class).stream().map(ServiceLoader.Provider::get).filter(p -> p.accepts(where)).findFirst();
    }
}
