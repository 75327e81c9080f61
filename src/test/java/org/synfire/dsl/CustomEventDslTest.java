package org.synfire.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom events in scripts: {@code events:} and {@code runOnEvent:} in {@code model}, {@code onEvent:} in {@code connect}, the {@code events} probe. */
class CustomEventDslTest {
    @TempDir
    Path out;

    private Object eval(String text) {
        Session session = new Session(new Session.Options(null, null, out, Map.of(), null, System.out));
        return Dsl.evaluate(Dsl.shell(Dsl.binding(session), false), text, "test.groovy");
    }

    @Test
    void aScriptDeclaresAnEventRecordsItAndConnectsOnIt() {
        Object r = eval("""
            def cell = group('cell', 3, model('''dvd/dt = (mud - vd)/(10*ms) : 1
                plateaus : integer
                mud : 1''', events: [plateau: 'vd > 0.8'], runOnEvent: [plateau: 'vd = 0; plateaus += 1'], mud: 2))
            def counter = group('counter', 3, model('x : 1'))
            connect cell, counter, onPre: 'x_post += 1', rule: oneToOne(), onEvent: 'plateau'
            def ev = probe events(cell, 'plateau', neurons: 0..1)
            run 100.ms
            [ev.count, cell.plateaus[2], counter.x[2]]
            """);
        // vd crosses 0.8 of its way to 2 after 10 ms * ln(2/1.2) = 5.11 ms: an event every 52 steps, 19 in 100 ms.
        assertEquals("[38, 19, 19]", r.toString());
    }

    @Test
    void eventsThatAreNoMapAreRefusedWithTheForm() {
        ScriptException e = assertThrows(ScriptException.class, () -> eval("model('dv/dt = -v/(10*ms) : 1', events: 'v > 1')"));
        assertTrue(e.getMessage().contains("events: v > 1 is not a map of names to texts; write it as events: [plateau: 'v_dend > -30*mV']"),
            e.getMessage());
    }
}
