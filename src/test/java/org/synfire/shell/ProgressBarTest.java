package org.synfire.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.synfire.units.Units;

class ProgressBarTest {
    @Test
    void aShortRunPrintsNothingALongOneABarWithTimeLeft() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        bar.update(Units.second.of(0), Units.second.of(1));
        bar.update(Units.second.of(1), Units.second.of(1));
        bar.finish();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "a run under a second draws no bar");
        bar.update(Units.second.of(1), Units.second.of(3));
        Thread.sleep(1100);
        bar.update(Units.second.of(2), Units.second.of(3));
        String line = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(line.startsWith("\r  [===============               ] 2 s of 3 s simulated, "), line);
        assertTrue(line.matches("(?s).* [0-9]+ s left .*"), line);
        bar.update(Units.second.of(3), Units.second.of(3));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\n"), "the line ends when the run does");
    }

    @Test
    void aShorterLineCoversTheOneBefore() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        bar.update(Units.second.of(0), Units.second.of(20));
        Thread.sleep(1100);
        bar.update(Units.second.of(19.95), Units.second.of(20));
        bar.update(Units.second.of(20), Units.second.of(20));
        String out = bytes.toString(StandardCharsets.UTF_8);
        String[] lines = out.split("\r");
        String first = lines[lines.length - 2];
        String last = lines[lines.length - 1];
        assertTrue(first.startsWith("  [==============================] 19.95 s of 20 s"), first);
        assertTrue(last.strip().length() < first.strip().length() && last.replace("\n", "").length() >= first.length(),
            "the shorter last line is padded over the whole of the one before:\n" + out.replace("\r", "\\r\n"));
        assertTrue(last.startsWith("  [==============================] 20 s of 20 s simulated, 0 s left "), last);
    }

    @Test
    void aStudyCountsItsPointsFromWhereItStarted() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        bar.count(4, 10, "points");
        Thread.sleep(1100);
        bar.count(7, 10, "points");
        String line = bytes.toString(StandardCharsets.UTF_8);
        // Resumed points (the first 4) took no time here, so the time left comes from the 3 run since.
        assertTrue(line.startsWith("\r  [=====================         ] 7 of 10 points, "), line);
        assertTrue(line.matches("(?s).* [0-9]+ s left .*"), line);
        bar.count(10, 10, "points");
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\n"));
    }
}
