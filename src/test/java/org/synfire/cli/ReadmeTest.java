package org.synfire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Groovy tour runs as written, through the command it tells users to type. */
class ReadmeTest {
    @TempDir
    Path dir;

    @Test
    void theGroovyTourRuns() throws Exception {
        Matcher m = Pattern.compile("(?s)```groovy\n(.*?)```").matcher(Files.readString(Path.of("README.md")));
        assertTrue(m.find(), "README.md has a groovy block");
        Path script = dir.resolve("tour.groovy");
        Files.writeString(script, m.group(1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", script.toString(), "--out", dir.resolve("out").toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("(?s)inh.I starts at 10 pA, exc.tau is 10 ms\n[0-9]+ spikes; neuron 99 fired [0-9]+ times; v of neuron 0 is -?[0-9.]+ mV.*"),
            out.toString(StandardCharsets.UTF_8));
        for (String file : new String[] {"spikes.csv", "raster.png", "raster.svg", "v.png", "v.svg", "manifest.json"}) {
            assertTrue(Files.size(dir.resolve("out").resolve(file)) > 100, file);
        }
    }
}
