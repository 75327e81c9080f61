package org.synfire.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synfire.units.Units;

class DslTest {
    @TempDir
    Path out;

    private Session session(Map<String, String> params) {
        return new Session(new Session.Options(null, null, out, params, null, System.out));
    }

    private Object eval(Session session, String text) {
        return Dsl.evaluate(Dsl.shell(Dsl.binding(session), false), text, "test.groovy");
    }

    @Test
    void unitLiteralsAndArithmetic() {
        Object r = eval(session(Map.of()), "[20.ms, -65.mV, 0.5.nA, 15.Hz, 1.s, 2 * 20.ms, 1 / 10.ms, 20.ms + 5.ms, 3.nS / 2, 10.ms ** 2]");
        assertEquals("[20 ms, -65 mV, 500 pA, 15 Hz, 1 s, 40 ms, 100 Hz, 25 ms, 1.5 nS, 1e-4 s^2]", r.toString());
    }

    @Test
    void aNetworkRunsAndItsStateCanBeReadAndChangedBetweenRuns() {
        Session s = session(Map.of());
        Object count = eval(s, """
            seed 3
            def exc = group('exc', 20, lif(tau: 10.ms), I: '0.2*nA + i*20*pA')
            def inh = group('inh', 5, lif()) { v = -60.mV }
            connect exc, inh, onPre: 'v += 0.5*mV', p: 0.5, delay: 1.ms
            def sp = probe spikes(exc)
            def vm = probe state(exc, 'v', neurons: 0..2, every: 1.ms)
            run 100.ms
            def first = sp.count
            exc.tau = 20.ms
            run 100.ms
            [first, sp.count, exc.tau, exc.v.size(), vm.trace.samples()]
            """);
        assertInstanceOf(java.util.List.class, count);
        java.util.List<?> r = (java.util.List<?>) count;
        assertTrue((Integer) r.get(0) > 0, "spikes in the first 100 ms");
        assertTrue((Integer) r.get(1) > (Integer) r.get(0), "more spikes after the second run");
        assertEquals(Units.ms.of(20), r.get(2));
        assertEquals(20, r.get(3));
        assertEquals(200, r.get(4));
    }
}
