package org.synfire.notebook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A kernel that runs hundreds of cells does not grow without bound: each cell starts a new scope,
 * builds, runs and draws a small network, as a notebook re-run again and again does.
 */
@Tag("slow")
class KernelSoakTest {
    private static final String CELL = """
        startScope()
        def g = group('g', 40, lif(tau: 10.ms), I: 1.2.nA)
        def sp = probe spikes(g)
        def vm = probe state(g, 'v', neurons: 0..2)
        run 30.ms
        raster(sp)
        """;

    @Test
    void threeHundredCellsRetainLessThanAMegabyteOverTheLastTwoHundred() {
        GroovyKernel kernel = new GroovyKernel();
        kernel.warmUp();
        try {
            long start = System.nanoTime();
            for (int k = 0; k < 100; k++) {
                kernel.render(kernel.evalRaw(CELL));
            }
            long after100 = retainedHeap();
            for (int k = 0; k < 200; k++) {
                kernel.render(kernel.evalRaw(CELL));
            }
            long after300 = retainedHeap();
            double seconds = (System.nanoTime() - start) * 1e-9;
            double growth = (after300 - after100) / 1e6;
            System.out.printf("soak: 300 cells in %.1f s; retained %.2f MB after 100, %.2f MB after 300 (%.1f kB a cell)%n",
                seconds, after100 / 1e6, after300 / 1e6, growth * 1e3 / 200);
            if (growth >= 1.0) {
                // In a JVM shared with other tests, their threads and collector state can move one
                // measurement by a megabyte; a leak grows again over the next 200 cells, noise does not.
                for (int k = 0; k < 200; k++) {
                    kernel.render(kernel.evalRaw(CELL));
                }
                double again = (retainedHeap() - after300) / 1e6;
                System.out.printf("soak: %.2f MB more over cells 300 to 500%n", again);
                assertTrue(again < 1.0, "retained heap grew by " + growth + " MB over cells 100 to 300 and " + again
                    + " MB over cells 300 to 500");
            }
        } finally {
            kernel.onShutdown(false);
        }
    }

    /** The heap in use after the collector has had every chance to free what is unreachable. */
    private static long retainedHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int k = 0; k < 5; k++) {
            System.gc();
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
