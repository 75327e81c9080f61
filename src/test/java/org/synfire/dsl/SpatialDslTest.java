package org.synfire.dsl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synfire.model.GroupSpec;
import org.synfire.model.Initializer;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/** The {@code spatial} word: values everywhere, per section and at a location, where the neurons spike, and its mistakes. */
class SpatialDslTest {
    @TempDir
    Path out;

    private Object eval(String text) {
        Session session = new Session(new Session.Options(null, null, out, Map.of(), null, System.out));
        return Dsl.evaluate(Dsl.shell(Dsl.binding(session), false), text, "cell.groovy");
    }

    private static final String CELL = """
        def cell = morphology {
            soma diameter: 20.um
            dendrite 'dend', length: 500.um, diameter: 2.um, compartments: 50
        }
        """;

    @Test
    void valuesGoEverywhereToSectionsAndToLocationsOfEveryNeuron() {
        Group cells = (Group) eval(CELL + """
            spatial('cells', 2, cell, Library.hodgkinHuxleyMembrane(), Cm: '1*uF/cm**2', Ri: 100.ohm * 1.cm, v: -65.mV) {
                section('dend') { gNa = '0*mS/cm**2'; gK = 0.mS / 1.cm / 1.cm }
                at('dend', 400.um) { I = 0.2.nA }
                spikesAt 'dend', 0.um
            }
            """);
        GroupSpec spec = (GroupSpec) cells.spec();
        assertEquals(102, spec.size());
        assertEquals(1, spec.cable().spikeCompartment());
        assertTrue(spec.values().get("gNa") instanceof Initializer.Parts parts && parts.parts().size() == 3,
            "the model's default, then the dendrite of each neuron: " + spec.values().get("gNa"));
        Initializer.Parts current = (Initializer.Parts) spec.values().get("I");
        assertArrayEquals(new int[] {41, 92}, current.parts().stream().mapToInt(p -> p.slice().from()).toArray(),
            "compartment 41 (400 um along the dendrite) of each neuron");
    }

    @Test
    void aSpatialNeuronRunsFromAScript() {
        Object v = eval(CELL + """
            def cells = spatial('cells', 1, cell, Library.passiveMembrane(), Cm: '1*uF/cm**2', Ri: '100*ohm*cm', v: -65.mV) {
                at('dend', 400.um) { I = 0.05.nA }
            }
            run 50.ms
            cells.v[0]
            """);
        // 0.05 nA into the dendrite's input resistance of a few hundred megaohms: some 10 mV at the soma.
        double mV = ((Quantity) v).in(Units.mV);
        assertTrue(mV > -62 && mV < -45, "the soma is depolarised: " + v);
    }

    @Test
    void mistakesNameTheScriptLine() {
        ScriptException e = assertThrows(ScriptException.class, () -> eval(CELL + """
            spatial('cells', 1, cell, Library.passiveMembrane()) {
                at('dend', 600.um) { I = 0.05.nA }
            }
            """));
        assertTrue(e.getMessage().startsWith("cell.groovy:6:") && e.getMessage().contains("dend"), e.getMessage());
    }
    @Test
    void sectionsIndexByDistanceRangeAndCompartment() {
        List<?> r = (List<?>) eval(CELL + """
            def cells = spatial('cells', 2, cell, Library.passiveMembrane(), Cm: '1*uF/cm**2', Ri: '100*ohm*cm', v: -65.mV)
            [cells.dend[400.um], cells.dend[0.um..200.um], cells.dend[3], cells.dend[0..4], cells.dend[-1], cells.section('dend'),
             cells.soma, cells.dend].collect { [it.compartments.first(), it.compartments.count(), it.compartments.label()] }
            """);
        assertEquals(List.of(
            List.of(41, 1, "cells.dend[400 um]"), List.of(1, 20, "cells.dend[0 um:200 um]"), List.of(4, 1, "cells.dend[3]"),
            List.of(1, 5, "cells.dend[0:5]"), List.of(50, 1, "cells.dend[49]"), List.of(1, 50, "cells.dend"), List.of(0, 1, "cells.soma"),
            List.of(1, 50, "cells.dend")), r);
    }

    @Test
    void synapsesGoToALocationAndProbesOfASectionTableTheirDistances() {
        List<?> r = (List<?>) eval(CELL + """
            dt 25.us
            def synaptic = model('Im = gL*(EL - v) : amp/meter**2\\nIs = gs*(0*mV - v) : amp (point current)\\n'
                + 'dgs/dt = -gs/(2*ms) : siemens\\ngL : siemens/meter**2 (constant)\\nEL : volt (constant)', method: 'exponential_euler')
            def cells = spatial('cells', 2, cell, synaptic, Cm: '1*uF/cm**2', Ri: '100*ohm*cm', v: -65.mV, gL: '0.1*mS/cm**2', EL: -65.mV)
            def inputs = spikeSource('inputs', 2, indices: [0, 1], times: [1.ms, 2.ms])
            def syn = connect inputs, cells.dend[400.um], rule: oneToOne(), onPre: 'gs_post += 1*nS'
            def soma = probe state(cells.soma, 'v')
            def dend = probe state(cells.dend, 'v', neurons: 1, every: 1.ms)
            run 5.ms
            def t = table(dend)
            [syn.spec.targetLabel(), table(syn).intColumn('target').asList(), soma.trace.neurons().toList(), t.rowCount(),
             t.doubleColumn('x_um').asList().unique().take(3), t.intColumn('neuron').asList().unique(), cells.dend[400.um].gs.size(),
             cells.dend[400.um].gs[1] > cells.dend[300.um].gs[1]]
            """);
        assertEquals("cells.dend[400 um]", r.get(0));
        assertEquals(List.of(0, 1), r.get(1), "j is the neuron");
        assertEquals(List.of(0, 51), r.get(2), "the somas of both neurons");
        assertEquals(5 * 50, r.get(3), "5 samples of the 50 dendritic compartments of neuron 1");
        List<?> x = (List<?>) r.get(4);
        for (int k = 0; k < 3; k++) {
            // Midpoints of 10 um pieces, summed in metres: within rounding of 5, 15 and 25 um.
            assertEquals(5 + 10 * k, (Double) x.get(k), 1e-9, "x_um: the compartments' midpoints, 10 um apart");
        }
        assertEquals(List.of(1), r.get(5));
        assertEquals(2, r.get(6), "one value per neuron at a location");
        assertEquals(true, r.get(7), "the conductance is at the synapse's compartment only");
    }

    @Test
    void theDLambdaRuleCutsSectionsWithoutACount() {
        List<?> r = (List<?>) eval("""
            def cell = morphology {
                soma diameter: 20.um
                dendrite 'dend', length: 1000.um, diameter: 1.um
            }
            def fine = spatial('fine', 1, cell, Library.passiveMembrane(), Cm: '1*uF/cm**2', Ri: '100*ohm*cm')
            def coarse = spatial('coarse', 1, cell, Library.passiveMembrane(), Cm: '1*uF/cm**2', Ri: '100*ohm*cm') { dLambda 0.3, 100.Hz }
            [cell.section('dend').compartments(), fine.morphology.section('dend').compartments(),
             coarse.morphology.section('dend').compartments(), fine.dend[500.um].compartments.first()]
            """);
        // NEURON: lambda_100 = 282.1 um for 1 um at 100 ohm*cm and 1 uF/cm^2; 1000 um is 35.45 tenths of it -> 37, 11.8 -> 13.
        assertEquals(List.of(1, 37, 13, 19), r);
    }

    @Test
    void locationMistakesNameTheLine() {
        String[][] cases = {
            {"cells.dend[600.um]", "Section 'dend': at(600 um): beyond its end; the section is 500 um long: give a distance from 0 um to "
                + "500 um"},
            {"cells.dendrite[100.um]", "cells.dendrite: no section or variable 'dendrite'; sections: dend, soma; variables: "},
            {"point.dend[100.um]", "point.dend: group 'point' has no variable 'dend'; known: v, I"},
            {"cells[0..50].dend", "cells[0:51].section('dend'): take locations on the whole group, cells; a location is the same "
                + "compartments of every neuron"},
            {"cells.dend[100.um][10.um]", "cells.dend[100 um][10 um]: indexes a part of a section again; index the section itself, "
                + "e.g. cells.dend[100.um]"},
            {"cells.dend[50]", "cells.dend[50]: no such compartment; cells.dend has 50 compartments, 0..49 (or -50..-1 counted from the end)"},
            {"cells.dend[3..1]", "cells.dend[3..1]: not a stretch of its 50 compartments; give indices from 0 to 49, the lower first"},
            {"connect point, point.section('dend')", "point.section('dend'): 'point' is a group of point neurons, which has no compartments; "
                + "locations belong to spatial neurons (spatial(...))"},
        };
        for (String[] c : cases) {
            ScriptException e = assertThrows(ScriptException.class, () -> eval(CELL + """
                def cells = spatial('cells', 2, cell, Library.passiveMembrane(), Cm: '1*uF/cm**2', Ri: '100*ohm*cm')
                def point = group('point', 2, lif())
                """ + c[0] + "\n"), c[0]);
            assertTrue(e.getMessage().startsWith("cell.groovy:7:"), e.getMessage());
            assertTrue(e.getMessage().contains(c[1]), "expected '" + c[1] + "' in:\n" + e.getMessage());
        }
    }
}
