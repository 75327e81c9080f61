package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synfire.sim.ProjectionView;
import org.synfire.sim.Simulation;
import org.synfire.model.ProjectionSpec;
import org.synfire.model.library.ReferenceNetworks;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/** CUBA at other sizes, as the scaling benchmark runs it: structure, weights and activity. */
class ScaledCubaTest {
    @Test
    void everyNeuronReceivesTheInDegreeFromDistinctSources() {
        ReferenceNetworks.Built built = ReferenceNetworks.cuba(2000, 50, 3);
        Simulation sim = Simulation.build(built.network());
        assertEquals(1600, sim.group("exc").size());
        assertEquals(400, sim.group("inh").size());
        for (String target : new String[] {"exc", "inh"}) {
            assertInDegree(sim.projection("exc_" + target), 40);
            assertInDegree(sim.projection("inh_" + target), 10);
        }
        // Weights scaled by 80 / 50, so that the mean input matches CUBA's 80 inputs of 1.62 mV and -9 mV.
        for (ProjectionSpec p : built.network().spec().projections()) {
            Map<String, Quantity> weight = p.model().constants();
            assertEquals(p.source().equals("exc") ? Map.of("we", Units.mV.of(60 * 0.27 / 10 * (80.0 / 50))) : Map.of("wi", Units.mV.of(-20 * 4.5 / 10 * (80.0 / 50))),
                weight, p.name());
        }
    }

    private static void assertInDegree(ProjectionView p, int k) {
        int[] degrees = p.inDegrees();
        assertTrue(Arrays.stream(degrees).allMatch(d -> d == k), p.name() + ": every in-degree " + k);
        int[] sources = p.sources();
        int[] targets = p.targets();
        long distinct = java.util.stream.IntStream.range(0, sources.length).mapToLong(s -> (long) targets[s] << 32 | sources[s]).distinct().count();
        assertEquals(sources.length, distinct, p.name() + ": no source twice onto one target");
    }

    @Test
    void atCubasSizeAndDegreeItFiresSlightlyBelowCuba() {
        // CUBA's in-degrees spread (binomial, sd 9 around 80), and the neurons with less net
        // inhibition fire faster than the others slow down, so fixing the in-degree lowers the mean
        // rate: measured over seeds 1-6, 5.23 Hz against CUBA's 5.86 Hz (11 % lower; seed-to-seed
        // spread 2-3 %, so each seed's difference is 2-3 of its standard deviations).
        for (long seed = 1; seed <= 2; seed++) {
            double scaled = rate(ReferenceNetworks.cuba(4000, 80, seed));
            double cuba = rate(ReferenceNetworks.cuba(seed));
            assertTrue(scaled < cuba && scaled > 0.8 * cuba, "seed " + seed + ": " + scaled + " Hz against CUBA's " + cuba + " Hz");
        }
    }

    private static double rate(ReferenceNetworks.Built built) {
        Simulation sim = Simulation.build(built.network()).run(Units.ms.of(500));
        return (sim.spikeCount("exc") + sim.spikeCount("inh")) / 4000.0 / 0.5;
    }

    @Test
    void refusesSizesTheDegreeCannotFit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReferenceNetworks.cuba(40, 50, 1));
        assertTrue(e.getMessage().contains("cuba(40 neurons, in-degree 50)"), e.getMessage());
    }
}
