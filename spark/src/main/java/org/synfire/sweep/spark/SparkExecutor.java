package org.synfire.sweep.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.synfire.sweep.Executor;
import org.synfire.sweep.Point;
import org.synfire.sweep.PointContext;
import org.synfire.sweep.PointResult;
import org.synfire.sweep.PointTask;
import org.synfire.sweep.StudyException;
import org.synfire.sweep.SweepException;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs a study's points on Apache Spark: one task per point, in a Spark context this executor
 * starts for the study ({@code local[N]} in this JVM, {@code spark://HOST:PORT} on a standalone
 * cluster, or the master {@code spark-submit} gave) and stops at its end. Each task runs its point
 * in a folder of its own on the executor and sends back the point's result with the files it left;
 * the driver writes those into the study folder, so the workers need no shared file system. Spark
 * hands the driver each task's result once, from the attempt that succeeded first: a point retried
 * after its worker died is recorded once. A point's failure (an exception, running out of memory)
 * is its row's message, as on the local executor, and never a failed Spark task.
 */
public final class SparkExecutor implements Executor {
    private final String master;
    private final Map<String, String> settings;
    private final List<Path> jars;
    private volatile JavaSparkContext context;
    private volatile boolean cancelled;

    /**
     * @param master   Spark's master URL ({@code local[2]}, {@code spark://10.0.0.1:7077}), or
     *                 {@code null} for the one the JVM was started with ({@code spark.master}, as
     *                 {@code spark-submit} sets it)
     * @param settings Spark settings, name to value, over Synfire's defaults
     * @param jars     the jars each executor needs to run a point ({@code spark.jars}); empty when
     *                 the workers have them already
     */
    public SparkExecutor(String master, Map<String, String> settings, List<Path> jars) {
        this.master = master;
        this.settings = Map.copyOf(settings);
        this.jars = List.copyOf(jars);
    }

    @Override
    public String description() {
        return "spark: " + (master == null ? "the master spark-submit gave" : master) + ", one task per point, " + threads() + " thread"
            + (threads() == 1 ? "" : "s") + " each";
    }

    /** The cores a task takes, {@code spark.task.cpus}, which a point's simulations get as threads. */
    private int threads() {
        String cpus = settings.get("spark.task.cpus");
        try {
            return cpus == null ? 1 : Integer.parseInt(cpus.trim());
        } catch (NumberFormatException e) {
            throw new SweepException("spark.task.cpus=" + cpus + ": give a whole number of cores per point, e.g. --conf spark.task.cpus=2");
        }
    }

    /**
     * The configuration the study's context starts with: Synfire's defaults, then Spark's
     * {@code spark-defaults.conf} (in {@code $SPARK_CONF_DIR}, else {@code $SPARK_HOME/conf}, as
     * {@code spark-submit} and the standalone daemons read it: the place for a cluster's shared
     * secret), then the settings given.
     */
    SparkConf conf() {
        SparkConf conf = new SparkConf().setAppName("synfire sweep");
        if (master != null) {
            conf.setMaster(master);
        }
        // Spark's console progress bar would draw over the study's own.
        conf.set("spark.ui.showConsoleProgress", "false");
        if (!jars.isEmpty()) {
            conf.set("spark.jars", String.join(",", jars.stream().map(j -> j.toAbsolutePath().toUri().toString()).toList()));
        }
        defaults(System.getenv()).forEach(conf::set);
        settings.forEach(conf::set);
        return conf;
    }

    /** The {@code spark.*} settings of the {@code spark-defaults.conf} the environment points at; none when there is no such file. */
    static Map<String, String> defaults(Map<String, String> env) {
        String dir = env.get("SPARK_CONF_DIR");
        if (dir == null && env.get("SPARK_HOME") != null) {
            dir = Path.of(env.get("SPARK_HOME"), "conf").toString();
        }
        Map<String, String> defaults = new LinkedHashMap<>();
        if (dir == null || !Files.isRegularFile(Path.of(dir, "spark-defaults.conf"))) {
            return defaults;
        }
        Properties file = new Properties();
        try (var in = Files.newBufferedReader(Path.of(dir, "spark-defaults.conf"))) {
            file.load(in);
        } catch (IOException e) {
            throw new SweepException("cannot read " + Path.of(dir, "spark-defaults.conf") + ": " + e.getMessage());
        }
        for (String name : new java.util.TreeSet<>(file.stringPropertyNames())) {
            if (name.startsWith("spark.")) {
                defaults.put(name, file.getProperty(name).trim());
            }
        }
        return defaults;
    }

    @Override
    public void execute(List<Point> points, Function<Point, Path> folders, PointTask task, Consumer<PointResult> done)
        throws InterruptedException {
        if (!(task instanceof Serializable)) {
            throw new SweepException("a study on Spark needs a task its executors can be sent, and " + task.getClass().getName()
                + " is not Serializable; implement java.io.Serializable (a lambda: cast it to PointTask & Serializable)");
        }
        if (points.isEmpty() || cancelled) {
            return;
        }
        int threads = threads();
        JavaSparkContext sc;
        try {
            sc = new JavaSparkContext(conf());
        } catch (Exception e) {
            // Spark's own exceptions are checked in Java's eyes (SparkException) though nothing declares them.
            throw new SweepException("Spark could not start the study's context on " + (master == null ? "the master spark-submit gave"
                : master) + ": " + e.getMessage() + "; nothing was run", e);
        }
        context = sc;
        try {
            sc.setLogLevel("WARN");
            sc.setJobGroup("synfire-sweep", "synfire sweep: " + points.size() + " points", true);
            // One slice per point: Spark schedules, retries and reports each point on its own.
            JavaRDD<Ended> ends = sc.parallelize(points, points.size()).map(new RunPoint(task, threads));
            BlockingQueue<Ended> queue = new LinkedBlockingQueue<>();
            List<Object> partitions = new ArrayList<>();
            for (int k = 0; k < points.size(); k++) {
                partitions.add(k);
            }
            SimpleFutureAction<BoxedUnit> job = sc.sc().submitJob(ends.rdd(), new First(), CollectionConverters.asScala(partitions).toSeq(),
                new Deliver(queue), new Nothing());
            gather(points.size(), queue, job, folders, done);
        } finally {
            context = null;
            sc.stop();
        }
    }

    /** Takes the results as Spark delivers them, until every point has one, the job fails or the study is cancelled. */
    private void gather(int count, BlockingQueue<Ended> queue, SimpleFutureAction<BoxedUnit> job, Function<Point, Path> folders,
                        Consumer<PointResult> done) throws InterruptedException {
        int received = 0;
        try {
            while (received < count && !cancelled) {
                Ended e = queue.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (e == null) {
                    if (job.isCompleted() && queue.isEmpty()) {
                        failed(job);
                    }
                    continue;
                }
                received++;
                if (e.stop() != null) {
                    job.cancel();
                    throw new StudyException(e.stop());
                }
                unpack(e.files(), folders.apply(e.result().point()));
                done.accept(e.result());
            }
        } catch (InterruptedException ie) {
            cancel();
            throw ie;
        }
    }

    /** A job that ended without every point: Spark gave up on one (its retries spent), or the context died. */
    private static void failed(SimpleFutureAction<BoxedUnit> job) {
        String why = job.value().isDefined() && job.value().get().isFailure() ? job.value().get().failed().get().getMessage() : "no reason given";
        throw new StudyException("Spark stopped the study: " + why + "; the points that ended are in the study folder, and resuming "
            + "(--resume) runs the rest");
    }

    private static void unpack(Map<String, byte[]> files, Path folder) {
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path to = folder.resolve(f.getKey()).normalize();
                if (!to.startsWith(folder.normalize())) {
                    throw new SweepException("a point sent back the file " + f.getKey() + ", which lies outside its folder");
                }
                Files.createDirectories(to.getParent());
                Files.write(to, f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a point's files into " + folder, e);
        }
    }

    @Override
    public void cancel() {
        cancelled = true;
        JavaSparkContext sc = context;
        if (sc != null) {
            sc.cancelJobGroup("synfire-sweep");
        }
    }

    /**
     * What a task sends back: the point's result and its files (relative path to bytes), or the
     * message of a mistake in the study that stops it.
     */
    record Ended(PointResult result, Map<String, byte[]> files, String stop) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A point run on an executor, in a temporary folder whose files go back with its result. */
    static final class RunPoint implements org.apache.spark.api.java.function.Function<Point, Ended> {
        private static final long serialVersionUID = 1L;
        private final PointTask task;
        private final int threads;

        RunPoint(PointTask task, int threads) {
            this.task = task;
            this.threads = threads;
        }

        @Override
        public Ended call(Point point) throws IOException {
            Path folder = Files.createTempDirectory("synfire-point-");
            try {
                long t0 = System.nanoTime();
                PointResult result;
                try {
                    var results = task.run(point, new PointContext(folder, threads, report -> { }));
                    result = PointResult.ok(point, results == null ? Map.of() : results, seconds(t0));
                } catch (StudyException e) {
                    return new Ended(null, Map.of(), e.getMessage());
                } catch (OutOfMemoryError e) {
                    result = PointResult.failed(point, "out of memory (" + e.getMessage() + "); give executors more memory "
                        + "(--conf spark.executor.memory=4g) or points more cores each (spark.task.cpus), so fewer run at once", seconds(t0));
                } catch (Exception | Error e) {
                    result = PointResult.failed(point, PointResult.message(e), seconds(t0));
                }
                return new Ended(result, files(folder), null);
            } finally {
                delete(folder);
            }
        }

        private static double seconds(long t0) {
            return (System.nanoTime() - t0) * 1e-9;
        }

        private static Map<String, byte[]> files(Path folder) throws IOException {
            Map<String, byte[]> files = new LinkedHashMap<>();
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(folder.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                }
            }
            return files;
        }

        private static void delete(Path folder) throws IOException {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** A partition's one result (each holds one point). */
    static final class First extends AbstractFunction1<scala.collection.Iterator<Ended>, Ended> implements Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public Ended apply(scala.collection.Iterator<Ended> it) {
            return it.next();
        }
    }

    /** Hands each partition's result to the gathering thread; Spark calls it once per partition, on the driver. */
    static final class Deliver extends AbstractFunction2<Object, Ended, BoxedUnit> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final transient BlockingQueue<Ended> queue;

        Deliver(BlockingQueue<Ended> queue) {
            this.queue = queue;
        }

        @Override
        public BoxedUnit apply(Object partition, Ended ended) {
            queue.add(ended);
            return BoxedUnit.UNIT;
        }
    }

    /** The job's overall result, which the results delivered one by one make unneeded. */
    static final class Nothing extends AbstractFunction0<BoxedUnit> implements Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public BoxedUnit apply() {
            return BoxedUnit.UNIT;
        }
    }
}
