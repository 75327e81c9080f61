package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.synfire.model.library.ReferenceNetworks;
import org.synfire.sim.Simulation;

/**
 * The memory a build report estimates is what the built network keeps on the heap: within 20 %
 * of the heap retained after a full collection, on a network big enough that its state outweighs
 * the few hundred kilobytes of specs, kernels and names every network keeps beside it.
 */
class MemoryEstimateTest {

    /** Heap in use after a full collection; the least of three, so that a collection another thread's allocation raced counts not. */
    private static long retained() {
        long least = Long.MAX_VALUE;
        for (int k = 0; k < 3; k++) {
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    @Test
    void theEstimateMatchesTheRetainedHeapWithinAFifth() {
        // The launcher's parallel collector counts live bytes exactly after a full collection; G1 counts whole
        // regions, and a synapse array of more than half a region fills its last region (some 20 % more here).
        assumeTrue(ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
            .anyMatch(n -> n.startsWith("PS ")), "runs under the launcher's collector, -XX:+UseParallelGC (as Maven runs the tests)");
        // 1,200 neurons with 800 synapses each: 0.96 million synapses, about 4 MB. Groups below 1,000 neurons get
        // scalar kernels, which need no warm-up, so the test stays fast. The network's heap is what its release
        // frees: measured so, caches that grow during a build (kernels, tables kept for the next network) do not
        // count, whichever test ran before in this JVM.
        // Three builds, the median of their ratios: a thread another test left running (a kernel, an
        // asynchronous run) can allocate between the two measurements of one build and move its ratio.
        double[] ratios = new double[3];
        BuildReport report = null;
        for (int k = 0; k < ratios.length; k++) {
            Simulation[] sim = {Simulation.build(ReferenceNetworks.cuba(1200, 800, 2).network())};
            report = sim[0].report();
            assertEquals(1200, report.groups().stream().mapToInt(BuildReport.GroupReport::size).sum());
            long with = retained();
            sim[0] = null;
            ratios[k] = (double) (with - retained()) / report.bytes();
        }
        assertEquals(960_000, report.projections().stream().mapToLong(BuildReport.ProjectionReport::synapses).sum());
        double[] sorted = ratios.clone();
        java.util.Arrays.sort(sorted);
        assertTrue(Math.abs(sorted[1] - 1) <= 0.2, String.format("retained heap against an estimate of %.2f MB: ratios %s",
            report.bytes() / 1e6, java.util.Arrays.toString(ratios)));
        assertTrue(report.toString().contains(String.format(java.util.Locale.ROOT, "memory about %.1f MB", report.bytes() / 1e6)),
            report.toString());
        assertEquals("288 bytes", BuildReport.sizeText(288));
        assertEquals("35.2 kB", BuildReport.sizeText(35_200));
        assertEquals("2.84 GB", BuildReport.sizeText(2_840_000_000L));
    }
}
