package org.synfire.sweep.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.synfire.sweep.Executor;
import org.synfire.sweep.ExecutorProvider;

/**
 * Registers the {@link SparkExecutor} with {@link ExecutorProvider#find}: {@code local[N]} (Spark
 * in this JVM), {@code spark://HOST:PORT} (a standalone cluster), {@code yarn} and
 * {@code k8s://...} (masters Spark knows, reached as {@code spark-submit} reaches them), and
 * {@code spark}, the master this JVM was started with ({@code spark.master}, which
 * {@code spark-submit --master} sets).
 */
public final class SparkExecutors implements ExecutorProvider {
    /** Made by {@link java.util.ServiceLoader}. */
    public SparkExecutors() {
    }

    @Override
    public boolean accepts(String where) {
        return where.equals("spark") || where.startsWith("spark://") || where.matches("local\\[[^\\]]+]") || where.equals("yarn")
            || where.startsWith("k8s://");
    }

    @Override
    public Executor executor(String where, Map<String, String> settings, List<Path> jars) {
        return new SparkExecutor(where.equals("spark") ? null : where, settings, jars);
    }
}
