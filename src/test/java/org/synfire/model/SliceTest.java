package org.synfire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.function.Executable;
import org.synfire.connectivity.Connect;
import org.synfire.model.library.Library;
import org.synfire.units.Units;

/** Subgroups as the Java API makes them: slices compose, and every malformed one is refused where it is made. */
class SliceTest {
    private static final Network NET = Network.create();
    private static final GroupSpec EXC = NET.group("exc", 400, Library.lif());
    private static final SpikeSourceSpec INPUT = NET.spikeSource("input", 5, new int[] {0}, new double[] {1}, Units.ms);

    @Test
    void aSliceOfASliceIsASliceOfTheGroup() {
        Subgroup inner = EXC.slice(100, 300).slice(50, 60);
        assertEquals(EXC.slice(150, 160), inner);
        assertEquals(150, inner.from());
        assertEquals(10, inner.size());
        assertEquals(EXC, inner.population());
        assertEquals("exc[150:160]", inner.label());
        assertEquals("exc", EXC.label());
        assertEquals(0, EXC.from());
    }

    @Test
    void specsRecordTheSliceAndNameIt() {
        Network net = Network.create();
        GroupSpec g = net.group("g", 100, Library.lif());
        ProjectionSpec p = net.connect("p", g.slice(0, 80), g.slice(80, 100), SynapseModel.onSpike("v += 1*mV"), Connect.allToAll());
        assertEquals(new Slice(0, 80), p.sourceSlice());
        assertEquals("g[80:100]", p.targetLabel());
        assertEquals("Projection p (g[0:80] → g[80:100], all-to-all, synapse, delay 0 s)", p.toString());
        StateProbeSpec v = net.probe(Probe.state(g.slice(10, 20), "v"));
        assertEquals("state_g[10:20]", v.name());
        assertEquals(new Slice(10, 20), v.slice());
        assertEquals("g", net.probe(Probe.rate(g, Units.ms.of(1))).targetLabel());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
            bad(() -> EXC.slice(350, 450), "Group 'exc'.slice: [350:450] reaches past the end; exc has 400 neurons, so a slice [from:to] "
                + "needs 0 <= from < to <= 400 (to is excluded, as in subList)"),
            bad(() -> EXC.slice(5, 5), "Group 'exc'.slice: [5:5] is empty; exc has 400 neurons, so a slice [from:to] needs "
                + "0 <= from < to <= 400 (to is excluded, as in subList)"),
            bad(() -> EXC.slice(20, 10), "Group 'exc'.slice: [20:10] is reversed; exc has 400 neurons, so a slice [from:to] needs "
                + "0 <= from < to <= 400 (to is excluded, as in subList)"),
            bad(() -> EXC.slice(-1, 10), "Group 'exc'.slice: [-1:10] starts below 0; exc has 400 neurons, so a slice [from:to] needs "
                + "0 <= from < to <= 400 (to is excluded, as in subList)"),
            bad(() -> EXC.slice(100, 200).slice(90, 110), "Group 'exc'.slice: [90:110] reaches past the end; exc[100:200] has 100 "
                + "neurons, so a slice [from:to] needs 0 <= from < to <= 100 (to is excluded, as in subList)"),
            bad(() -> INPUT.slice(0, 6), "SpikeSource 'input'.slice: [0:6] reaches past the end; input has 5 neurons, so a slice "
                + "[from:to] needs 0 <= from < to <= 5 (to is excluded, as in subList)"),
            bad(() -> Probe.state(INPUT.slice(0, 2), "v"), "Probe 'state'.target: 'input[0:2]' is a spike source, which has no "
                + "variables to record"),
            bad(() -> NET.connect("onto_input", EXC, INPUT.slice(1, 3), SynapseModel.onSpike("v += 1*mV"), Connect.allToAll()),
                "Projection 'onto_input'.target: 'input[1:3]' is a spike source; synapses act on neuron groups, so connect the source "
                    + "to a group"),
            bad(() -> NET.configure(EXC.slice(0, 10), g -> g.set("tau", Units.ms.of(5))), "Group 'exc'.tau: is shared (one value for "
                + "the group); set it on exc, not on exc[0:10]"),
            bad(() -> NET.configure(EXC.slice(0, 3), g -> g.set("I", new double[] {1, 2}, Units.nA)), "Group 'exc'.I: 2 values for 3 "
                + "neurons of exc[0:3]; give one per neuron"));
    }

    private static Arguments bad(Executable call, String message) {
        return Arguments.of(call, message);
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedSlicesAreRefusedWithTheGroupItsSizeAndTheSlice(Executable call, String message) {
        assertEquals(message, assertThrows(SpecException.class, call).getMessage());
    }
}
