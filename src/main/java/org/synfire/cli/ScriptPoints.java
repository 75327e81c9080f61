package org.synfire.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.synfire.dsl.Dsl;
import org.synfire.dsl.Session;
import org.synfire.dsl.StudyPoints;
import org.synfire.sweep.Point;
import org.synfire.sweep.PointContext;
import org.synfire.sweep.PointTask;

/**
 * {@code synfire sweep}'s points: the script, compiled once, run at each point as
 * {@code synfire run} would run it with {@code --param}s, {@code --seed} and {@code --out} the
 * point's folder, leaving there what the script saves, what it printed and a {@code manifest.json}.
 */
final class ScriptPoints implements PointTask {
    private final Path script;
    private final String text;
    private final Dsl.Compiled compiled;

    ScriptPoints(Path script, String text, Dsl.Compiled compiled) {
        this.script = script;
        this.text = text;
        this.compiled = compiled;
    }

    @Override
    public Map<String, Double> run(Point point, PointContext context) throws Exception {
        Path folder = context.folder();
        try (PrintStream console = new PrintStream(Files.newOutputStream(folder.resolve(StudyPoints.OUTPUT)), true, StandardCharsets.UTF_8)) {
            Session session = StudyPoints.session(point, context, console);
            Instant started = Instant.now();
            long t0 = System.nanoTime();
            Manifest.write(folder, script, text, session, started, 0, Manifest.Status.RUNNING, null);
            try {
                Map<String, Double> results = StudyPoints.results(session, point, compiled.run(StudyPoints.binding(session, console)));
                Manifest.write(folder, script, text, session, started, (System.nanoTime() - t0) * 1e-9, Manifest.Status.COMPLETED, null);
                return results;
            } catch (RuntimeException | Error e) {
                Manifest.write(folder, script, text, session, started, (System.nanoTime() - t0) * 1e-9, Manifest.Status.FAILED,
                    e.getMessage() != null ? e.getMessage() : e.toString());
                throw e;
            }
        }
    }
}
