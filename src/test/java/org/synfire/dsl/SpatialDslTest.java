package org.synfire.dsl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
}
