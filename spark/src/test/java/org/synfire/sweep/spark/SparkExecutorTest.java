package org.synfire.sweep.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synfire.sweep.Axis;
import org.synfire.sweep.LocalExecutor;
import org.synfire.sweep.PointTask;
import org.synfire.sweep.Seeds;
import org.synfire.sweep.StudyException;
import org.synfire.sweep.Study;
import org.synfire.sweep.Sweep;
import org.synfire.sweep.SweepException;

/** The Spark executor in this JVM ({@code local[2]}) with Java tasks: the study folder the local executor makes, failures as rows, and its refusals. */
class SparkExecutorTest {
    @TempDir
    Path dir;

    private static final Map<String, String> QUIET = Map.of("spark.ui.enabled", "false", "spark.driver.host", "127.0.0.1",
        "spark.driver.bindAddress", "127.0.0.1");

    /** Saves a file and returns twice x; x = 3 fails, x = 9 stops the study. */
    private static final PointTask TASK = (PointTask & Serializable) (point, context) -> {
        int x = point.integer("x");
        if (x == 3) {
            throw new IllegalStateException("x = 3 is refused");
        }
        if (x == 9) {
            throw new StudyException("x = 9 is no part of this study");
        }
        Files.writeString(context.folder().resolve("note.txt"), "x is " + x + " on " + context.threads() + " thread(s)\n");
        return Map.of("twice", 2 * x);
    };

    private Sweep.Outcome run(String axis, String out, org.synfire.sweep.Executor executor) {
        Study study = Study.of("spark-executor-test", List.of(Axis.parse(axis)), Seeds.none());
        return new Sweep(study, TASK, Sweep.Options.in(dir.resolve(out)).executor(executor)).run();
    }

    @Test
    void pointsRunAsTasksIntoTheLocalExecutorsFolder() throws Exception {
        Sweep.Outcome local = run("x=1,2,3,4", "local", new LocalExecutor(2, 1));
        Sweep.Outcome spark = run("x=1,2,3,4", "spark", new SparkExecutor("local[2]", QUIET, List.of()));
        assertArrayEquals(Files.readAllBytes(dir.resolve("local/sweep.csv")), Files.readAllBytes(dir.resolve("spark/sweep.csv")));
        assertEquals(1, spark.failed().size());
        assertEquals("IllegalStateException: x = 3 is refused", spark.failed().get(0).error());
        for (var r : local.results()) {
            Path note = dir.resolve("spark/points").resolve(r.point().key()).resolve("note.txt");
            assertEquals(r.point().integer("x") != 3, Files.exists(note), note.toString());
        }
        assertEquals("x is 4 on 1 thread(s)\n", Files.readString(dir.resolve("spark/points").resolve(spark.results().get(3).point().key())
            .resolve("note.txt")));
    }

    @Test
    void aStudyExceptionStopsTheStudy() {
        StudyException e = assertThrows(StudyException.class, () -> run("x=9", "stop", new SparkExecutor("local[1]", QUIET, List.of())));
        assertEquals("x = 9 is no part of this study", e.getMessage());
    }

    @Test
    void aTaskThatCannotTravelIsRefusedBeforeSparkStarts() {
        PointTask local = (point, context) -> Map.of();
        SweepException e = assertThrows(SweepException.class, () -> new SparkExecutor("local[1]", QUIET, List.of())
            .execute(List.of(), p -> dir, local, r -> { }));
        assertTrue(e.getMessage().startsWith("a study on Spark needs a task its executors can be sent, and "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" is not Serializable; implement java.io.Serializable (a lambda: cast it to PointTask & Serializable)"),
            e.getMessage());
    }

    @Test
    void aMasterSparkCannotReadIsRefusedWithSparksReason() {
        SweepException e = assertThrows(SweepException.class, () -> run("x=1", "bad", new SparkExecutor("bogus://nowhere", QUIET, List.of())));
        assertTrue(e.getMessage().startsWith("Spark could not start the study's context on bogus://nowhere: Could not parse Master URL"),
            e.getMessage());
    }

    @Test
    void sparkDefaultsAreReadAsSparkSubmitReadsThem() throws Exception {
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Files.writeString(conf.resolve("spark-defaults.conf"), "# a comment\nspark.authenticate   true\nspark.executor.memory=2g\nother.key x\n");
        assertEquals(Map.of("spark.authenticate", "true", "spark.executor.memory", "2g"), SparkExecutor.defaults(Map.of("SPARK_CONF_DIR", conf.toString())));
        assertEquals(Map.of(), SparkExecutor.defaults(Map.of("SPARK_HOME", dir.resolve("no-such-spark").toString())));
    }
}
