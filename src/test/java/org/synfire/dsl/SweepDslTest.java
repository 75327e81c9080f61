package org.synfire.dsl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The sweep word: a block run at every point of a grid × seeds, each point in a network of its own, returning the study's table. */
class SweepDslTest {
    @TempDir
    Path out;

    private Object eval(String text) {
        Session session = new Session(new Session.Options(null, null, out, Map.of(), null, System.out));
        return Dsl.evaluate(Dsl.shell(Dsl.binding(session), false), text, "study.groovy");
    }

    /**
     * LIF neurons driven by a constant current I above the 15 mV threshold of a 10 ms membrane
     * (R = 100 MOhm: 0.15 nA): each fires at the analytic rate 1 / (t_ref + tau ln(RI / (RI - 15 mV))).
     */
    private static final String FI = """
        def t = sweep(I: [0.2.nA, 0.3.nA], seeds: 1..2, parallel: %d, out: '%s') {
            def I = param('I', 0.2.nA)
            def cells = group('cells', 10, lif(), I: I)
            def sp = probe spikes(cells)
            run 500.ms
            println "I = ${I}: ${sp.count} spikes"
            save table(sp), 'spikes'
            [rate_Hz: sp.count / 10 / 0.5, spikes: sp.count]
        }
        """;

    @Test
    void aBlockRunsAtEveryPointAndItsResultsAreTheTable() throws Exception {
        Table t = (Table) eval(FI.formatted(1, out.resolve("one").toString().replace("\\", "/")));
        assertEquals(List.of("point", "I_pA", "seed", "rate_Hz", "spikes", "status", "error", "folder"), t.columnNames());
        assertEquals(4, t.rowCount());
        assertEquals(List.of("ok", "ok", "ok", "ok"), t.stringColumn("status").asList());
        assertEquals(300, t.doubleColumn("I_pA").get(2), 1e-9, "quantities in the unit that shows the largest best");
        // lif()'s defaults: tau 10 ms, R 100 MOhm, threshold 15 mV above rest, reset to rest, t_ref 2 ms (see Library).
        for (int row = 0; row < 4; row++) {
            double ri = t.doubleColumn("I_pA").get(row) * 1e-12 * 100e6;
            double theory = 1 / (2e-3 + 10e-3 * Math.log(ri / (ri - 15e-3)));
            // A spike is seen at the end of its 0.1 ms step, and a 500 ms window counts whole intervals: 3 %.
            assertEquals(theory, t.doubleColumn("rate_Hz").get(row), 0.03 * theory, "row " + row);
        }
        Path point = out.resolve("one").resolve(t.stringColumn("folder").get(3));
        assertTrue(Files.readString(point.resolve("output.txt")).startsWith("I = 300 pA: "), "what a point prints goes to its folder");
        assertTrue(Files.readString(point.resolve("spikes.csv")).startsWith("t_ms,neuron,group"));
        assertTrue(Files.exists(out.resolve("one/sweep_mean.csv")));
        Table two = (Table) eval(FI.formatted(2, out.resolve("two").toString().replace("\\", "/")));
        assertEquals(t.toString(), two.toString());
        assertArrayEquals(Files.readAllBytes(out.resolve("one/sweep.csv")), Files.readAllBytes(out.resolve("two/sweep.csv")),
            "points side by side give the same bytes as one at a time");
    }

    @Test
    void aMisspeltParameterStopsTheStudyAndAFailingPointIsARow() {
        ScriptException e = assertThrows(ScriptException.class, () -> eval("""
            sweep(gg: [1, 2]) {
                def g = param('g', 1)
                [x: g]
            }
            """));
        assertTrue(e.getMessage().contains("the study's parameter gg is never asked for by param(...) (the code asks for: g); did you mean g?"),
            e.getMessage());
        Table t = (Table) eval("""
            sweep(n: [5, -1]) {
                def n = param('n', 5)
                group('cells', n, lif())
                run 1.ms
                [n2: n * n]
            }
            """);
        assertEquals(List.of("ok", "failed"), t.stringColumn("status").asList());
        assertTrue(t.stringColumn("error").get(1).contains("-1"), t.stringColumn("error").get(1));
        assertTrue(Files.exists(out.resolve("sweep-2/sweep.csv")), "without out: a fresh folder each time");
        assertTrue(assertThrows(ScriptException.class, () -> eval("sweep(g: [1])")).getMessage()
            .contains("write it as sweep(name: value, ..., block)"));
    }
}
