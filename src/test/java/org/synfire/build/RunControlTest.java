package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.library.Library;
import org.synfire.units.Units;

/** Progress reports, cancellation and interrupts: a stopped run keeps its results and can continue. */
class RunControlTest {

    private record Setup(Simulation sim, SpikeProbeSpec spikes) {
    }

    private static Setup build() {
        Network net = Network.create().seed(4);
        GroupSpec hh = net.group("hh", 2000, Library.hodgkinHuxley(), g -> g.set("I", "i*0.01*uA/cm**2"));
        SpikeProbeSpec spikes = net.probe(Probe.spikes(hh));
        return new Setup(Simulation.build(net), spikes);
    }

    @Test
    void progressIsReportedAndEndsAtTheEnd() {
        Setup s = build();
        List<Double> seen = new ArrayList<>();
        s.sim().run(Units.second.of(2), (now, end) -> {
            seen.add(now.in(ms));
            assertEquals(2000, end.in(ms), 1e-9);
        });
        assertFalse(seen.isEmpty());
        assertEquals(2000, seen.get(seen.size() - 1), 1e-9, "the last report is the end");
        for (int k = 1; k < seen.size(); k++) {
            assertTrue(seen.get(k) >= seen.get(k - 1), "progress never goes back");
        }
        assertFalse(s.sim().wasCancelled());
    }

    @Test
    void aCancelledRunStopsAtAStepKeepsItsRecordingsAndContinuesExactly() throws InterruptedException {
        Setup s = build();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                return;
            }
            s.sim().cancel();
        });
        canceller.start();
        s.sim().run(Units.second.of(1000));
        canceller.join();
        assertTrue(s.sim().wasCancelled());
        long stoppedAt = s.sim().step();
        assertTrue(stoppedAt > 0 && stoppedAt < 10_000_000, "stopped early, at step " + stoppedAt);
        int recorded = s.sim().data(s.spikes()).count();
        assertEquals(s.sim().spikeCount("hh"), recorded, "every spike up to the stop was recorded");
        // Continue to a round time; the result equals a run that was never stopped.
        long target = (stoppedAt / 1000 + 1) * 1000;
        s.sim().run(ms.of((target - stoppedAt) * 0.1));
        Setup straight = build();
        straight.sim().run(ms.of(target * 0.1));
        assertArrayEquals(straight.sim().data(straight.spikes()).indices(), s.sim().data(s.spikes()).indices());
        assertArrayEquals(straight.sim().data(straight.spikes()).times(ms), s.sim().data(s.spikes()).times(ms));
    }

    @Test
    void anInterruptStopsTheRunAndStaysSet() {
        Setup s = build();
        Thread.currentThread().interrupt();
        try {
            s.sim().run(ms.of(100));
            assertTrue(s.sim().wasCancelled());
            assertEquals(0, s.sim().step());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is left for the caller");
        } finally {
            Thread.interrupted();
        }
        s.sim().run(ms.of(10));
        assertEquals(100, s.sim().step());
    }
}
