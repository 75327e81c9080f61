package org.synfire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cutting of a lane loop into passes, on bodies written as VectorEmitter writes them. */
class LanePassesTest {
    /**
     * Two coupled variables as exponential Euler writes them: each new value reads both at t, and
     * a shared term is computed once before either.
     */
    private static final String COUPLED = """
        final DoubleVector vshared = vs_a.mul(vs_b);
        final DoubleVector vtmp_new_a = vs_a.add(vshared.mul(vs_b));
        final DoubleVector vtmp_new_b = vs_b.sub(vshared.mul(vs_a));
        DoubleVector vpoly = vs_b.mul(2.0);
        vpoly = vpoly.add(vs_b);
        vs_a = vtmp_new_a;
        vs_b = vtmp_new_b.add(vpoly);
        vs_a.intoArray(a_a, i);
        vs_b.intoArray(a_b, i);
        """;

    @Test
    void aBodyWithinTheLimitStaysOnePassAsWritten() {
        assertEquals(List.of(new LanePasses.Pass(COUPLED, List.of())), LanePasses.split(COUPLED, 1000));
    }

    @Test
    void eachPassRepeatsWhatItNeedsAndAValueReadLaterWaitsInScratch() {
        List<LanePasses.Pass> passes = LanePasses.split(COUPLED, 8);
        assertEquals(2, passes.size(), passes.toString());
        // a's pass does not need b's polynomial; b's pass reads a at t, so a's new value waits.
        assertEquals(new LanePasses.Pass("""
            final DoubleVector vshared = vs_a.mul(vs_b);
            final DoubleVector vtmp_new_a = vs_a.add(vshared.mul(vs_b));
            vs_a = vtmp_new_a;
            vs_a.intoArray(next$a, i);
            """, List.of("a")), passes.get(0));
        // b is read by no later pass, so it is stored in place.
        assertEquals(new LanePasses.Pass("""
            final DoubleVector vshared = vs_a.mul(vs_b);
            final DoubleVector vtmp_new_b = vs_b.sub(vshared.mul(vs_a));
            DoubleVector vpoly = vs_b.mul(2.0);
            vpoly = vpoly.add(vs_b);
            vs_b = vtmp_new_b.add(vpoly);
            vs_b.intoArray(a_b, i);
            """, List.of()), passes.get(1));
    }

    @Test
    void aNewValueThatReadsAnotherNewOneTakesItsStatementsAlong() {
        // Euler's sequence: b's update reads a after a's.
        String sequential = """
            vs_a = vs_a.add(vs_b.mul(0.5));
            vs_b = vs_b.add(vs_a.mul(0.5));
            vs_a.intoArray(a_a, i);
            vs_b.intoArray(a_b, i);
            """;
        List<LanePasses.Pass> passes = LanePasses.split(sequential, 3);
        assertEquals(2, passes.size(), passes.toString());
        assertEquals("vs_a = vs_a.add(vs_b.mul(0.5));\nvs_a.intoArray(next$a, i);\n", passes.get(0).body());
        assertEquals("vs_a = vs_a.add(vs_b.mul(0.5));\nvs_b = vs_b.add(vs_a.mul(0.5));\nvs_b.intoArray(a_b, i);\n",
            passes.get(1).body());
    }

    @Test
    void aStatementOfAnotherFormKeepsTheBodyWhole() {
        String loop = COUPLED + "for (int k = 0; k < 2; k++) vs_a = vs_a.mul(2.0);\n";
        assertEquals(1, LanePasses.split(loop, 8).size());
    }
}
