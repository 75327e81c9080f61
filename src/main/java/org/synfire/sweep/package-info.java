/**
 * Parameter studies: {@link org.synfire.sweep.Study} (grids of parameter values, points read from
 * a CSV file, seeds, shards), {@link org.synfire.sweep.Sweep} running a {@link
 * org.synfire.sweep.PointTask} at every point through an {@link org.synfire.sweep.Executor} (the
 * {@link org.synfire.sweep.LocalExecutor}'s thread pool, or one an {@link org.synfire.sweep.ExecutorProvider}
 * brings at run time, such as the Spark module's),
 * and the study folder: one result per point, {@code sweep.csv}, the table over seeds and the
 * study's manifest, from which a study resumes and shards merge. What a point runs (a script, a
 * closure, Java code) is the caller's: this package never imports the DSL, the command line or the
 * engine, and {@code sweep.spark} is the only package that may use Spark.
 *
 * <pre>{@code
 * Study study = Study.of("brunel", List.of(Axis.parse("g=4,5,6"), Axis.parse("eta=1:4:0.5")), Seeds.parse("1..3"));
 * Sweep.Outcome done = new Sweep(study, (point, context) -> Map.of("rate_Hz", simulate(point)), Sweep.Options.in(out)).run();
 * Table table = done.table();   // point, g, eta, seed, rate_Hz, status, error, folder
 * }</pre>
 */
package org.synfire.sweep;
