package org.synfire.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synfire.table.Tables;
import tech.tablesaw.api.Table;

/** The example script scripts/examples/ResultsTour.java runs as users run it (java's source launcher) and writes what it says. */
@Tag("slow")
class ResultsTourTest {

    @Test
    void theTourRunsAndWritesItsTablesAndFigures(@TempDir Path out) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
            "scripts/examples/ResultsTour.java", out.toString())
            .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the tour finishes");
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("CV") && output.contains("latency code: decoded 0.100 0.500 0.900"), output);
        for (String figure : List.of("network.png", "fi.png", "phase.png")) {
            assertTrue(ImageIO.read(out.resolve(figure).toFile()).getWidth() >= 640, figure);
        }
        for (String figure : List.of("network.svg", "phase.svg")) {
            assertTrue(Files.readString(out.resolve(figure)).contains("<svg"), figure);
        }
        Table spikes = Tables.readCsv(out.resolve("spikes.csv"));
        assertEquals(List.of("t_ms", "neuron", "group"), spikes.columnNames());
        assertTrue(spikes.rowCount() > 1000, spikes.rowCount() + " spikes");
        assertTrue(new File(out.toFile(), "v.csv").length() > 0);
    }
}
