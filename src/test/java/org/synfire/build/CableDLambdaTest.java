package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.um;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.SpatialBuilder;
import org.synfire.model.SpecException;
import org.synfire.model.library.Library;
import org.synfire.model.morphology.DLambda;
import org.synfire.model.morphology.Morphology;
import org.synfire.sim.Simulation;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * {@code Network.spatial} cuts the sections given no compartment count by NEURON's d_lambda rule,
 * with each section's own {@code Ri} and {@code Cm}, and sets the values again on the compartments
 * it made; the counts are NEURON's, computed here as NEURON's {@code stdlib.hoc} computes them.
 */
class CableDLambdaTest {
    /** Soma, a 1 mm dendrite of 1 um and a 500 um axon of 2 um cut in 4: only the dendrite is given no count. */
    private static final Morphology CELL = Morphology.builder().soma(um.of(20))
        .dendrite("dend", s -> s.length(um.of(1000)).diameter(um.of(1)))
        .axon("axon", s -> s.length(um.of(500)).diameter(um.of(2)).compartments(4)).build();

    /**
     * NEURON's {@code geom_nseg} for a cylinder, in NEURON's own units (um, ohm*cm, uF/cm^2, Hz) as
     * its {@code stdlib.hoc} writes it: {@code lambda_f = 1e5*sqrt(diam/(4*PI*freq*Ra*cm))} and
     * {@code nseg = int((L/(d_lambda*lambda_f) + 0.9)/2)*2 + 1}.
     */
    private static int neuron(double lengthUm, double diamUm, double raOhmCm, double cmUfPerCm2, double dLambda, double freqHz) {
        double lambdaF = 1e5 * Math.sqrt(diamUm / (4 * Math.PI * freqHz * raOhmCm * cmUfPerCm2));
        return (int) ((lengthUm / (dLambda * lambdaF) + 0.9) / 2) * 2 + 1;
    }

    private static GroupSpec cells(Network net, Morphology shape, Consumer<SpatialBuilder> more) {
        return net.spatial("cells", 2, shape, Library.passiveMembrane(), b -> {
            b.set("Cm", "1*uF/cm**2").set("Ri", "100*ohm*cm").set("v", "-65*mV");
            more.accept(b);
        });
    }

    @Test
    void sectionsWithoutACountGetNeuronsCountAndTheirValuesAgain() {
        Network net = Network.create();
        GroupSpec cells = cells(net, CELL, b -> b.section("dend", s -> s.set("gL", "0.05*mS/cm**2"))
            .at("dend", um.of(400), s -> s.set("I", "0.1*nA")).spikesAt("dend", um.of(500)));
        Morphology cut = cells.cable().morphology();
        assertEquals(37, neuron(1000, 1, 100, 1, 0.1, 100), "NEURON's count for 1 mm of 1 um at 100 ohm*cm and 1 uF/cm^2");
        assertEquals(37, cut.section("dend").compartments());
        assertEquals(4, cut.section("axon").compartments(), "a given count stays");
        assertEquals(2 * (1 + 37 + 4), cells.size());
        assertEquals(cut.section("dend").at(um.of(500)), cells.cable().spikeCompartment(), "spikesAt found in the cut dendrite");
        Simulation sim = Simulation.build(net.spec());
        double[] current = sim.group("cells").valuesSi("I");
        double[] gL = sim.group("cells").valuesSi("gL");
        int at = cut.section("dend").at(um.of(400));
        assertEquals(15, at, "400 um of 1000 um in 37 pieces is the 15th (from 0), after the soma");
        for (int e = 0; e < current.length; e++) {
            int c = e % cut.size();
            assertEquals(c == at ? 0.1e-9 : 0, current[e], 1e-24, "I at element " + e);
            boolean dend = c >= 1 && c <= 37;
            assertEquals(dend ? 0.5 : 1, gL[e], 1e-12, "gL (S/m^2) at element " + e + ", the dendrite's set, the rest the model's");
        }
        String report = sim.report().toString();
        assertTrue(report.contains("compartments by d_lambda 0.1 at 100 Hz (Ri 100 ohm*cm, Cm 1 uF/cm^2): dend 37"), report);
    }

    @Test
    void eachSectionUsesItsOwnRiAndTheRuleCanBeSet() {
        Morphology twoDendrites = Morphology.builder().soma(um.of(20))
            .dendrite("thin", s -> s.length(um.of(1000)).diameter(um.of(1)))
            .dendrite("thick", s -> s.length(um.of(1000)).diameter(um.of(4))).build();
        GroupSpec cells = cells(Network.create(), twoDendrites, b -> b.section("thin", s -> s.set("Ri", "400*ohm*cm")));
        assertEquals(neuron(1000, 1, 400, 1, 0.1, 100), cells.cable().morphology().section("thin").compartments());
        assertEquals(71, cells.cable().morphology().section("thin").compartments(), "four times Ri halves lambda: 70.9 lengths -> 71");
        assertEquals(neuron(1000, 4, 100, 1, 0.1, 100), cells.cable().morphology().section("thick").compartments());
        GroupSpec coarse = cells(Network.create(), twoDendrites, b -> b.dLambda(0.3, Units.Hz.of(50)));
        assertEquals(neuron(1000, 1, 100, 1, 0.3, 50), coarse.cable().morphology().section("thin").compartments());
        assertEquals(9, coarse.cable().morphology().section("thin").compartments(), "1000 / (0.3 * 398.9 um) = 8.36 -> 9");
    }

    @Test
    void anSwcFileIsCutAsWithCompartmentsCutsIt() {
        Morphology file = Morphology.readSwc(Path.of("src/test/resources/morphology/ball_and_stick.swc"));
        Morphology expected = file.withCompartments(DLambda.of(Quantity.parse("100 ohm*cm"), Quantity.parse("1 uF/cm^2")));
        GroupSpec cells = cells(Network.create(), file, b -> { });
        assertArrayEquals(expected.parents(), cells.cable().morphology().parents());
        assertArrayEquals(expected.lengths(um), cells.cable().morphology().lengths(um), 0);
        assertTrue(cells.cable().morphology().uncounted().isEmpty() && !file.uncounted().isEmpty());
    }

    @Test
    void theRuleNeedsOneCmAndRiPerSection() {
        assertEquals("Group 'cells'.Cm: is the expression '1*uF/cm**2 * (1 + distance/(100*um))'; section 'dend' was given no compartment "
            + "count, so the d_lambda rule cuts it by its length constant, which needs one value of Cm and Ri for the whole section (or "
            + "give every section a count)", assertThrows(SpecException.class, () -> cells(Network.create(), CELL,
                b -> b.set("Cm", "1*uF/cm**2 * (1 + distance/(100*um))"))).getMessage());
        assertEquals("Group 'cells'.Ri: has no value; section 'dend' was given no compartment count, so the d_lambda rule cuts it by its "
            + "length constant, which needs one value of Cm and Ri for the whole section (or give every section a count)",
            assertThrows(SpecException.class, () -> Network.create().spatial("cells", 1, CELL, Library.passiveMembrane(),
                b -> b.set("Cm", "1*uF/cm**2"))).getMessage());
        assertEquals("Group 'cells'.dLambda: 0.0 is not a fraction of the length constant; give a positive number such as 0.1 (NEURON's "
            + "default)", assertThrows(SpecException.class, () -> cells(Network.create(), CELL, b -> b.dLambda(0, Units.Hz.of(100))))
            .getMessage());
        assertEquals("Group 'cells'.dLambda: the frequency 100 ms is not a positive frequency; give one such as 100 Hz (NEURON's default)",
            assertThrows(SpecException.class, () -> cells(Network.create(), CELL, b -> b.dLambda(0.1, ms.of(100)))).getMessage());
    }
}
