package org.synfire.model.morphology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.um;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.Units;

/** Morphologies built in Java: numbering, geometry against hand-computed values, lookup by distance, the d_lambda rule, mistakes. */
class MorphologyTest {
    private static final Unit UM2 = um.power(2);
    private static final double TIGHT = 1e-12;

    /** A soma, a dendrite of 10 compartments branching in two, and an axon whose count is left to the rule. */
    private static Morphology cell() {
        return Morphology.builder()
            .soma(um.of(20))
            .dendrite("d", s -> s.length(um.of(200)).diameter(um.of(1)).compartments(10)
                .dendrite("d1", c -> c.length(um.of(100)).diameter(um.of(0.5)).compartments(5))
                .apical("d2", c -> c.length(um.of(60)).diameter(um.of(2), um.of(1)).compartments(3)))
            .axon("axon", s -> s.length(um.of(1000)).diameter(um.of(1)))
            .build();
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * TIGHT, what);
    }

    @Test
    void compartmentsAreNumberedDepthFirstWithParentsFirst() {
        Morphology m = cell();
        assertEquals(1 + 10 + 5 + 3 + 1, m.size());
        assertEquals(List.of("soma", "d", "d1", "d2", "axon"), m.sections().stream().map(Section::name).toList());
        int[] parents = m.parents();
        assertEquals(-1, parents[0]);
        assertEquals(0, parents[1], "d starts at the soma");
        assertEquals(10, parents[11], "d1 hangs from d's last compartment");
        assertEquals(10, parents[16], "so does d2");
        assertEquals(0, parents[19], "the axon hangs from the soma");
        for (int i = 1; i < parents.length; i++) {
            assertTrue(parents[i] < i, "compartment " + i + "'s parent " + parents[i] + " comes first");
        }
        Section d = m.section("d");
        assertEquals(1, d.first());
        assertEquals(10, d.compartments());
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, d.indices());
        assertEquals(List.of("d1", "d2"), d.children());
        assertEquals(Optional.of("soma"), d.parent());
        assertEquals(Optional.of("d"), m.section("d2").parent());
        assertEquals(Optional.empty(), m.section("soma").parent());
        assertEquals(List.of("d", "axon"), m.section("soma").children());
        assertEquals(SectionType.APICAL, m.section("d2").type());
        assertEquals(SectionType.SOMA, m.section("soma").type());
        assertEquals("d", m.sectionNames()[10]);
        assertEquals("Morphology (soma 20 um; 4 sections, 20 compartments)", m.toString());
        assertEquals("d (dendrite, 200 um, 10 compartments from 1)", d.toString());
    }

    @Test
    void geometryMatchesHandComputedValues() {
        Morphology m = cell();
        double[] area = m.areas(UM2);
        double[] length = m.lengths(um);
        double[] diameter = m.diameters(um);
        double[] distance = m.distances(um);
        close(Math.PI * 20 * 20, area[0], "the soma's sphere");
        close(20, length[0], "a soma's length is its diameter");
        assertEquals(0, distance[0]);
        for (int k = 0; k < 10; k++) {
            close(Math.PI * 1 * 20, area[1 + k], "a 20 um piece of a 1 um cylinder");
            close(20, length[1 + k], "d's compartment length");
            close(1, diameter[1 + k], "d's diameter");
            close(10 + 20 * k, distance[1 + k], "midpoint of d's compartment " + k);
        }
        close(200 + 10, distance[11], "d1 starts at d's end");
        close(200 + 90, distance[15], "d1's last midpoint");
        // d2 tapers 2 -> 1 um over 60 um: its middle piece runs from 5/3 to 4/3 um over 20 um.
        double d0 = 5.0 / 3;
        double d1 = 4.0 / 3;
        close(Math.PI * (d0 + d1) / 2 * Math.hypot(20, (d0 - d1) / 2), area[17], "a truncated cone's mantle");
        close(1.5, diameter[17], "mean diameter of the middle piece");
        close(200 + 30, distance[17], "d2's middle");
        close(Math.PI * 1 * 1000, area[19], "the axon, one compartment until the rule cuts it");
        Compartment c = m.compartment(17);
        assertEquals(17, c.index());
        assertEquals("d2", c.section());
        assertEquals(16, c.parent());
        close(230, c.distance().in(um), "record and array agree");
        close(area[17], c.area().in(UM2), "area");
        close(20, c.length().in(um), "length");
        close(1.5, c.diameter().in(um), "diameter");
        assertTrue(c.toString().startsWith("17 (d2): "), c.toString());
        assertEquals(area[3] * 1e-12, m.areas(Units.metre.power(2))[3], area[3] * 1e-24);
    }

    @Test
    void withoutCoordinatesSectionsAreLaidOutFlatForDrawing() {
        Morphology m = cell();
        assertFalse(m.hasCoordinates());
        double[] x = m.x(um);
        double[] y = m.y(um);
        double[] z = m.z(um);
        assertEquals(0, x[0]);
        close(10 + 10, x[1], "d heads along +x from the soma's surface");
        assertEquals(0, y[1], 1e-9);
        close(-(10 + 500), x[19], "the axon, the soma's second child, heads the other way");
        assertEquals(0, z[5]);
        assertArrayEquals(new double[] {10, 0, 0, 30, 0, 0}, m.segments(um)[1], 1e-9, "d's first piece, from the soma's surface");
        assertTrue(y[15] < 0 && y[18] > 0, "d1 and d2 fan out either side of d: " + y[15] + ", " + y[18]);
        assertEquals(m.compartment(15).y().in(um), y[15], 1e-9);
        assertEquals(0, m.compartment(15).z().in(um));
        assertEquals(x[15], m.compartment(15).x().in(um), 1e-9);
    }

    @Test
    void locationsFindCompartmentsByDistanceAlongASection() {
        Morphology m = cell();
        Section d = m.section("d");
        assertEquals(1, d.at(um.of(0)));
        assertEquals(6, d.at(um.of(100)), "100 um is the boundary of d's 5th and 6th pieces: the distal one");
        assertEquals(5, d.at(um.of(99.9)));
        assertEquals(10, d.at(um.of(200)), "the end belongs to the last compartment");
        assertEquals(10, d.at(Quantity.of(0.2, Units.mm)));
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, d.between(um.of(0), um.of(100)), "a range ending on a boundary stops there");
        assertArrayEquals(new int[] {3, 4, 5, 6}, d.between(um.of(50), um.of(110)));
        assertArrayEquals(new int[] {4}, d.between(um.of(65), um.of(65)));
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, d.between(um.of(0), um.of(200)));
        assertEquals(0, m.section("soma").at(um.of(10)));
        assertEquals(um.of(200), d.length());
    }

    @Test
    void theDLambdaRuleMatchesHandComputedCounts() {
        DLambda rule = DLambda.of(Quantity.parse("100 ohm*cm"), Quantity.parse("1 uF/cm^2"));
        // lambda_100 = 0.5 * sqrt(1e-6 m / (pi * 100 Hz * 1 ohm m * 0.01 F/m^2)) = 0.5 * sqrt(1e-6 / pi) m
        close(0.5 * Math.sqrt(1e-6 / Math.PI) / 1e-6, rule.lambda(um.of(1)).in(um), "lambda_f of a 1 um cable");
        assertEquals(282.0948, rule.lambda(um.of(1)).in(um), 1e-4);
        // 200 um / 28.209 um = 7.09: NEURON's int((7.09 + 0.9) / 2) * 2 + 1 = 7 (not 9: it allows 0.1 over an odd count).
        assertEquals(7, rule.compartments(um.of(200), um.of(1)));
        // 2 um: lambda = 398.94 um; 1000 um / 39.894 um = 25.07 -> 25.
        assertEquals(25, rule.compartments(um.of(1000), um.of(2)));
        // 1000 um of 1 um: 35.45 -> int(36.35 / 2) * 2 + 1 = 37, the smallest odd count at least 35.45 - 0.1.
        assertEquals(37, rule.compartments(um.of(1000), um.of(1)));
        assertEquals(1, rule.compartments(um.of(10), um.of(1)), "short sections keep one compartment");
        // 7.2 lambda-tenths: (7.2 + 0.9) / 2 = 4.05 -> 9.
        assertEquals(9, rule.compartments(um.of(7.2 * 28.209479177387816), um.of(1)));
        DLambda coarse = new DLambda(Quantity.parse("100 ohm*cm"), Quantity.parse("1 uF/cm^2"), 0.3, Quantity.parse("100 Hz"));
        assertEquals(3, coarse.compartments(um.of(200), um.of(1)), "7.09 / 3 = 2.36 -> 3");
        assertTrue(rule.toString().startsWith("d_lambda 0.1 at 100 Hz"), rule.toString());
        assertEquals(0.1, rule.dLambda());
        assertEquals(Quantity.parse("100 Hz"), rule.frequency());
        close(1, rule.ri().si(), "100 ohm*cm is 1 ohm*m");
        close(0.01, rule.cm().si(), "1 uF/cm^2 is 0.01 F/m^2");
    }

    @Test
    void theRuleCutsOnlySectionsGivenNoCount() {
        DLambda rule = DLambda.of(Quantity.parse("100 ohm*cm"), Quantity.parse("1 uF/cm^2"));
        Morphology fine = cell().withCompartments(rule);
        assertEquals(37, fine.section("axon").compartments(), "1000 um of 1 um");
        assertEquals(10, fine.section("d").compartments(), "a given count stays");
        assertEquals(1 + 10 + 5 + 3 + 37, fine.size());
        close(Math.PI * 1000.0 / 37, fine.areas(UM2)[19], "equal pieces");
        // A taper 4 -> 1 um over 300 um: integral dx / sqrt(d) = 2 L / (sqrt(4 um) + sqrt(1 um)) = 0.2 sqrt(m);
        // times sqrt(4 pi f Ri Cm) = sqrt(4 pi) gives 0.709 lambda, 7.09 tenths -> 7.
        Morphology taper = Morphology.builder().axon("a", s -> s.length(um.of(300)).diameter(um.of(4), um.of(1))).build();
        assertEquals(7, taper.withCompartments(rule).section("a").compartments());
        assertEquals(1, taper.size(), "without the rule a section has one compartment");
        assertEquals(-1, taper.parents()[0], "a root section without a soma hangs from nothing");
        assertFalse(taper.hasSoma());
        assertEquals("Morphology (1 section, 1 compartment)", taper.toString());
    }

    @Test
    void mistakesAreRefusedWithWhatIsWrongAndTheFix() {
        expect(() -> Morphology.builder().soma(um.of(-20)), "Soma 'soma'.diameter: -20 um is not positive; give a positive diameter such as 20.um");
        expect(() -> Morphology.builder().soma(um.of(0)), "Soma 'soma'.diameter: 0 m is zero");
        expect(() -> Morphology.builder().soma(Quantity.parse("20 ms")), "Soma 'soma'.diameter: 20 ms is not a length; give one such as 20.um (Java: um.of(20))");
        expect(() -> Morphology.builder().dendrite("d", s -> s.length(um.of(0)).diameter(um.of(1))),
            "Section 'd'.length: 0 m is zero; give a positive length such as 200.um");
        expect(() -> Morphology.builder().dendrite("d", s -> s.length(um.of(10)).diameter(um.of(0))),
            "Section 'd'.diameter: 0 m is zero; give a positive diameter such as 1.um");
        expect(() -> Morphology.builder().dendrite("d", s -> s.length(um.of(10)).diameter(um.of(1), um.of(-1))),
            "Section 'd'.diameter: -1 um is not positive");
        expect(() -> Morphology.builder().dendrite("d", s -> s.length(um.of(10))),
            "Section 'd'.diameter: not given; give both, e.g. length(um.of(200)).diameter(um.of(1)) (DSL: length: 200.um, diameter: 1.um)");
        expect(() -> Morphology.builder().dendrite("d", s -> s.length(um.of(10)).diameter(um.of(1)).compartments(0)),
            "Section 'd'.compartments: 0 compartments is impossible; give at least 1");
        expect(() -> Morphology.builder().dendrite("soma", s -> s.length(um.of(10)).diameter(um.of(1))),
            "Section 'soma'.name: 'soma' cannot name a section");
        expect(() -> Morphology.builder().section("s", SectionType.SOMA, s -> s.length(um.of(10)).diameter(um.of(1))),
            "Section 's'.type: a section cannot be a soma; give the soma with soma(diameter)");
        expect(() -> Morphology.builder().soma(um.of(10)).dendrite("d", s -> s.length(um.of(10)).diameter(um.of(1))
            .dendrite("d", c -> c.length(um.of(5)).diameter(um.of(1)))).build(),
            "Section 'd'.name: two sections have this name (under soma and under d); give each its own");
        expect(() -> Morphology.builder().build(), "Morphology '(empty)': nothing in it; give a soma (soma(um.of(20))) or a section");
        expect(() -> Morphology.builder().dendrite("a", s -> s.length(um.of(10)).diameter(um.of(1)))
            .axon("b", s -> s.length(um.of(10)).diameter(um.of(1))).build(),
            "Morphology 'a': 2 sections at the top (a, b) and no soma: give a soma for them to hang from");
        Morphology m = cell();
        expect(() -> m.section("d").at(um.of(250)),
            "Section 'd': at(250 um): beyond its end; the section is 200 um long: give a distance from 0 um to 200 um");
        expect(() -> m.section("d").at(um.of(-1)), "Section 'd': at(-1 um): a negative distance; the section is 200 um long");
        expect(() -> m.section("d").at(Quantity.parse("1 ms")), "Section 'd': at(1 ms): not a length");
        expect(() -> m.section("d").between(um.of(100), um.of(50)), "Section 'd': between(100 um, 50 um) runs backwards; give the nearer end first");
        expect(() -> m.section("d").between(um.of(0), um.of(201)), "Section 'd': between(201 um): beyond its end");
        expect(() -> m.section("dend"), "Morphology 'soma 20 um'.section: no section 'dend'; known: d, d1, d2");
        expect(() -> m.compartment(20), "Morphology 'soma 20 um'.compartment: no compartment 20; the compartments are 0 to 19");
        expect(() -> m.lengths(Units.ms), "Morphology 'geometry'.unit: ms is not a length; give one such as um");
        expect(() -> m.areas(um), "Morphology 'geometry'.unit: um is not an area; give one such as um.power(2)");
        expect(() -> DLambda.of(Quantity.parse("100 ohm"), Quantity.parse("1 uF/cm^2")),
            "DLambda 'd_lambda'.Ri: 100 ohm is not a positive quantity in ohm*metre; give one such as 100 ohm*cm");
        expect(() -> DLambda.of(Quantity.parse("100 ohm*cm"), Quantity.parse("1 uF")), "DLambda 'd_lambda'.Cm: 1 uF is not a positive quantity in farad/metre^2");
        expect(() -> new DLambda(Quantity.parse("100 ohm*cm"), Quantity.parse("1 uF/cm^2"), 0, Quantity.parse("100 Hz")),
            "DLambda 'd_lambda'.dLambda: 0.0 is not a fraction of lambda; give a positive number such as 0.1");
        DLambda rule = DLambda.of(Quantity.parse("100 ohm*cm"), Quantity.parse("1 uF/cm^2"));
        expect(() -> rule.lambda(um.of(0)), "DLambda 'd_lambda'.diameter: 0 m is not a diameter");
        expect(() -> rule.compartments(um.of(-5), um.of(1)), "DLambda 'd_lambda'.length: -5 um is not a length");
    }

    private static void expect(Executable call, String message) {
        MorphologyException e = assertThrows(MorphologyException.class, call);
        assertTrue(e.getMessage().startsWith(message) || e.getMessage().contains(message), e.getMessage() + "\n expected: " + message);
    }
}
