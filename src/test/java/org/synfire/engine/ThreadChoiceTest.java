package org.synfire.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synfire.build.BuildReport;
import org.synfire.model.library.ReferenceNetworks;
import org.synfire.sim.Simulation;

/**
 * The default thread count from the build's cost model: a step is shared only when what sharing
 * saves is at least twice the barrier it costs, so the default is never a slower choice than one
 * thread; users override it, and the build report says what was chosen and why.
 */
class ThreadChoiceTest {

    @Test
    void smallStepsStayOnOneThreadAndLargeOnesUseEveryCore() {
        // CUBA's 4,000 LIF neurons and 320,000 synapses: a few microseconds a step.
        Engine.ThreadChoice cuba = Engine.ThreadChoice.of(7_000, 2);
        assertEquals(1, cuba.threads(), cuba.reason());
        assertTrue(cuba.reason().contains("less than twice a barrier"), cuba.reason());
        // 4,000 Hodgkin-Huxley neurons: a quarter of a millisecond a step.
        assertEquals(2, Engine.ThreadChoice.of(250_000, 2).threads());
        assertEquals(8, Engine.ThreadChoice.of(250_000, 8).threads());
        assertTrue(Engine.ThreadChoice.of(250_000, 2).reason().contains("at least twice a barrier"));
        assertEquals(1, Engine.ThreadChoice.of(250_000, 1).threads(), "one core");
    }

    @Test
    void theThresholdIsTwiceTheBarrierAgainstWhatSharingSaves() {
        // On two cores sharing saves half the step, so the step must cost four barriers; on four cores, three quarters.
        assertEquals(2, Engine.ThreadChoice.of(4 * Engine.BARRIER_NANOS, 2).threads());
        assertEquals(1, Engine.ThreadChoice.of(4 * Engine.BARRIER_NANOS * 0.99, 2).threads());
        assertEquals(4, Engine.ThreadChoice.of(2 * Engine.BARRIER_NANOS / 0.75, 4).threads());
        assertEquals(1, Engine.ThreadChoice.of(2 * Engine.BARRIER_NANOS / 0.75 * 0.99, 4).threads());
    }

    @Test
    void theBuildReportShowsTheChoiceAndUsersOverrideIt() {
        Simulation sim = Simulation.build(ReferenceNetworks.cuba(1).network());
        BuildReport report = sim.report();
        assertEquals(1, report.threads(), report.threadsWhy());
        assertEquals(1, sim.threads());
        assertTrue(report.toString().contains("threads 1 (a step is about "), report.toString());
        assertEquals(2, sim.threads(2).threads(), "the user's count wins");
    }
}
