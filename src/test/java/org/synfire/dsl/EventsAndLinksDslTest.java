package org.synfire.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custom events in scripts ({@code events:} and {@code runOnEvent:} in {@code model}, {@code onEvent:}
 * in {@code connect}, the {@code events} probe) and linked variables ({@code linked(group, 'v')}).
 */
class EventsAndLinksDslTest {
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
    void aLinkedVariableReadsAnotherGroupInAScript() {
        Object r = eval("""
            def soma = group('soma', 4, model('dv/dt = (1 - v)/(10*ms) : 1'))
            def dend = group('dend', 2, model('''dvd/dt = (v_soma - vd)/(5*ms) : 1
                v_soma : 1 (linked)'''), v_soma: linked(soma, 'v', index: [3, 0]))
            def both = group('both', 4, model('''x : 1 (linked)''')) { x = linked(soma, 'v') }
            run 10.ms
            [dend.v_soma[0].si() > 0.5, dend.v_soma[0] == dend.v_soma[1], both.x[2] == dend.v_soma[0]]
            """);
        assertEquals("[true, true, true]", r.toString());
    }

    @Test
    void eventsThatAreNoMapAreRefusedWithTheForm() {
        ScriptException e = assertThrows(ScriptException.class, () -> eval("model('dv/dt = -v/(10*ms) : 1', events: 'v > 1')"));
        assertTrue(e.getMessage().contains("events: v > 1 is not a map of names to texts; write it as events: [plateau: 'v_dend > -30*mV']"),
            e.getMessage());
    }
}
