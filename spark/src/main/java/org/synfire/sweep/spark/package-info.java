/**
 * Parameter studies on Apache Spark: {@link org.synfire.sweep.spark.SparkExecutor} runs a
 * study's points as Spark tasks, one per point, and {@link org.synfire.sweep.spark.SparkExecutors}
 * offers it to {@link org.synfire.sweep.ExecutorProvider#find}. Built apart from Synfire
 * ({@code spark/pom.xml}, artifact {@code synfire-spark}), so Spark never reaches the class path
 * of {@code synfire run}, the REPL or the notebook kernels; it uses only the {@code sweep} package
 * and Spark.
 */
package org.synfire.sweep.spark;
