package org.synfire.cli;

import groovy.lang.Binding;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.synfire.dsl.Dsl;
import org.synfire.dsl.Session;
import org.synfire.dsl.StudyPoints;
import org.synfire.sweep.Point;
import org.synfire.sweep.PointContext;
import org.synfire.sweep.PointTask;

/**
 * {@code synfire sweep}'s points: the script, compiled once per JVM, run at each point as
 * {@code synfire run} would run it with {@code --param}s, {@code --seed} and {@code --out} the
 * point's folder, leaving there what the script saves, what it printed and a {@code manifest.json}.
 * It travels to a cluster's executors as the script's text, which each executor JVM compiles
 * once for all the points it runs.
 */
final class ScriptPoints implements PointTask, Serializable {
    private static final long serialVersionUID = 1L;
    /** The scripts this JVM compiled, by {@link #key}: an executor is sent the task anew with each point. */
    private static final Map<String, Dsl.Compiled> COMPILED = new ConcurrentHashMap<>();

    private final String script;
    private final String text;
    private final boolean statically;

    ScriptPoints(Path script, String text, boolean statically, Dsl.Compiled compiled) {
        this.script = script.toString();
        this.text = text;
        this.statically = statically;
        COMPILED.putIfAbsent(key(), compiled);
    }

    private String key() {
        return statically + "\u0000" + script + "\u0000" + text;
    }

    private Dsl.Compiled compiled() {
        return COMPILED.computeIfAbsent(key(),
            k -> Dsl.compile(Dsl.shell(new Binding(), statically), text, Path.of(script).getFileName().toString()));
    }

    @Override
    public Map<String, Double> run(Point point, PointContext context) throws Exception {
        Path folder = context.folder();
        Path file = Path.of(script);
        Dsl.Compiled compiled = compiled();
        try (PrintStream console = new PrintStream(Files.newOutputStream(folder.resolve(StudyPoints.OUTPUT)), true, StandardCharsets.UTF_8)) {
            Session session = StudyPoints.session(point, context, console);
            Instant started = Instant.now();
            long t0 = System.nanoTime();
            Manifest.write(folder, file, text, session, started, 0, Manifest.Status.RUNNING, null);
            try {
                Map<String, Double> results = StudyPoints.results(session, point, compiled.run(StudyPoints.binding(session, console)));
                Manifest.write(folder, file, text, session, started, (System.nanoTime() - t0) * 1e-9, Manifest.Status.COMPLETED, null);
                return results;
            } catch (RuntimeException | Error e) {
                Manifest.write(folder, file, text, session, started, (System.nanoTime() - t0) * 1e-9, Manifest.Status.FAILED,
                    e.getMessage() != null ? e.getMessage() : e.toString());
                throw e;
            }
        }
    }
}
