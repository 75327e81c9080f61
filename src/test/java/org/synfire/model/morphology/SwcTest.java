package org.synfire.model.morphology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.um;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synfire.units.Quantity;

/** SWC files: the shipped ball-and-stick neuron against hand-computed geometry, soma conventions, and every malformed file refused by line. */
class SwcTest {
    private static final Path FILE = Path.of("src/test/resources/morphology/ball_and_stick.swc");
    private static final double TIGHT = 1e-12;

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * TIGHT, what);
    }

    private static Morphology read(String text) {
        return Morphology.readSwc(new StringReader(text), "cell.swc");
    }

    @Test
    void theShippedNeuronBecomesNamedSectionsThatFollowItsPoints() {
        Morphology m = Morphology.readSwc(FILE);
        assertTrue(m.hasSoma());
        assertTrue(m.hasCoordinates());
        assertEquals(List.of(), m.warnings());
        assertEquals(List.of("soma", "dend[0]", "dend[1]", "dend[2]", "apic[0]", "axon[0]"), m.sections().stream().map(Section::name).toList());
        assertEquals(12, m.size(), "the soma and one compartment per segment: 2 + 2 + 2 + 2 + 3");
        assertArrayEquals(new int[] {-1, 0, 1, 2, 3, 2, 5, 0, 7, 0, 9, 10}, m.parents());
        assertEquals(List.of("dend[1]", "dend[2]"), m.section("dend[0]").children());
        assertEquals(Optional.of("dend[0]"), m.section("dend[2]").parent());
        assertEquals(SectionType.AXON, m.section("axon[0]").type());
        assertEquals(SectionType.APICAL, m.section("apic[0]").type());
        assertEquals(2, SectionType.AXON.swcCode());

        double[] area = m.areas(um.power(2));
        double[] distance = m.distances(um);
        double[] diameter = m.diameters(um);
        double[] length = m.lengths(um);
        close(4 * Math.PI * 10 * 10, area[0], "the three-point soma is the sphere of its radius");
        close(20, m.diameters(um)[0], "soma diameter");
        // dend[0]: 10 -> 40 -> 100 um along x, radii 1.0, 0.9, 0.8; it starts at its own first point.
        close(Math.PI * (2.0 + 1.8) / 2 * Math.hypot(30, 0.1), area[1], "first truncated cone");
        close(Math.PI * (1.8 + 1.6) / 2 * Math.hypot(60, 0.1), area[2], "second truncated cone");
        close(15, distance[1], "midpoint of the first segment");
        close(60, distance[2], "midpoint of the second");
        close(1.9, diameter[1], "mean diameter");
        close(60, length[2], "segment length");
        // dend[1] starts at the branch point (100, 0, 0) with its diameter: 3-4-5 segments of 50 um.
        close(Math.PI * (1.6 + 1.0) / 2 * Math.hypot(50, 0.3), area[3], "from the branch point");
        close(90 + 25, distance[3], "past the 90 um of dend[0]");
        close(90 + 75, distance[6], "dend[2]'s second segment");
        close(115, m.x(um)[3], "midpoint x");
        close(20, m.y(um)[3], "midpoint y");
        close(-20, m.y(um)[5], "the other branch");
        assertEquals(0, m.z(um)[3]);
        assertArrayEquals(new double[] {100, 0, 0, 130, 40, 0}, m.segments(um)[3], 1e-9, "from the branch point to the next point");
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0}, m.segments(um)[0], "the soma: its centre");
        close(Math.PI * 2.5 * Math.hypot(100, 0.5), area[7], "apical");
        close(Math.PI * 1 * 200, area[11], "the axon's last, 200 um long segment");
        close(250, distance[11], "50 + 100 + 100");
        close(-260, m.x(um)[11], "axon midpoint");
        assertEquals(10, m.section("axon[0]").at(um.of(100)));
        assertArrayEquals(new int[] {9, 10}, m.section("axon[0]").between(um.of(0), um.of(150)), "ends on the point between 10 and 11");
        assertEquals(Morphology.readSwc(FILE).size(), Morphology.readSwc(Path.of("scripts/data/ball_and_stick.swc")).size(),
            "the examples' copy is the same neuron");
    }

    @Test
    void theRuleResamplesFileSectionsIntoEqualPieces() {
        Morphology m = Morphology.readSwc(FILE).withCompartments(DLambda.of(Quantity.parse("100 ohm*cm"), Quantity.parse("1 uF/cm^2")));
        // The axon: 350 um of 1 um, lambda_100 = 282.09 um: 12.41 tenths -> 13 pieces of 350/13 um.
        Section axon = m.section("axon[0]");
        assertEquals(13, axon.compartments());
        close(Math.PI * 350 / 13, m.areas(um.power(2))[axon.first() + 4], "a piece of the uniform axon");
        close(-10 - 350 / 13.0 * 4.5, m.x(um)[axon.first() + 4], "coordinates follow the traced line");
    }

    @Test
    void singleAndMultiPointSomasAreSpheresOfEqualArea() {
        Morphology one = read("1 1 0 0 0 6 -1\n2 3 6 0 0 1 1\n3 3 16 0 0 1 2\n");
        close(12, one.diameters(um)[0], "one point: the sphere of its radius");
        assertEquals(1, one.section("dend[0]").compartments());
        assertEquals(1, one.section("dend[0]").at(um.of(0)));
        // A cylinder soma of two segments, 10 um long and 4 um in radius: area 2 pi r L = 80 pi, a 8.944 um sphere.
        Morphology stack = read("1 1 0 0 0 4 -1\n2 1 0 5 0 4 1\n3 1 0 -5 0 4 1\n4 2 0 -10 0 0.5 3\n5 2 0 -40 0 0.5 4\n");
        close(Math.sqrt(80), stack.diameters(um)[0], "multi-point soma: the sphere of equal area");
        assertEquals(Optional.of("soma"), stack.section("axon[0]").parent(), "an axon from a soma point other than the root");
        Morphology noSoma = read("1 2 0 0 0 0.5 -1\n2 2 0 100 0 0.5 1\n");
        close(100, noSoma.lengths(um)[0], "a file without a soma starts at its root point");
        assertEquals(-1, noSoma.parents()[0]);
    }

    @Test
    void pointsMayComeBeforeTheirParents() {
        Morphology m = read("3 3 20 0 0 1 2\n2 3 10 0 0 1 1\n1 1 0 0 0 5 -1\n");
        assertEquals(2, m.size(), "the soma and dend[0], from point 2 (it hangs from the soma) to point 3");
        close(10, m.lengths(um)[1], "the segment from point 2 to point 3");
    }

    @Test
    void unknownTypesAreReadAsDendriteWithAWarning() {
        Morphology m = read("# custom types\n1 1 0 0 0 5 -1\n2 7 5 0 0 1 1\n3 7 15 0 0 1 2\n4 0 25 0 0 1 3\n");
        assertEquals(List.of("cell.swc, line 5: type 0 (1 point) is not a standard SWC type (1 soma, 2 axon, 3 basal dendrite, "
            + "4 apical dendrite); read as basal dendrite", "cell.swc, line 3: type 7 (2 points) is not a standard SWC type (1 soma, "
            + "2 axon, 3 basal dendrite, 4 apical dendrite); read as basal dendrite"), m.warnings());
        assertEquals(SectionType.DENDRITE, m.section("dend[0]").type());
        assertEquals(2, m.section("dend[0]").compartments(), "one section: both codes read as dendrite");
    }

    @Test
    void malformedFilesAreRefusedWithTheLineAndTheFix() {
        expect("", 0, "cell.swc: no points; an SWC file has one line per point: id type x y z radius parent");
        expect("# only comments\n\n", 0, "cell.swc: no points");
        expect("1 1 0 0 0 5 -1\n2 3 5 0 0 1\n", 2, "cell.swc, line 2: 6 columns; an SWC line has 7: id type x y z radius parent");
        expect("1 1 0 0 0 5 -1\n2 3 5 0 0 1 1 9\n", 2, "8 columns");
        expect("1 1 0 0 0 5 -1\n2 3 5 zero 0 1 1\n", 2, "cell.swc, line 2: y 'zero' is not a number; the columns are id type x y z radius parent");
        expect("1 1 0 0 0 5 -1\n2.5 3 5 0 0 1 1\n", 2, "cell.swc, line 2: id '2.5' is not a whole number");
        expect("1 1 0 0 0 5 -1\n2 3 5 0 0 0 1\n", 2, "cell.swc, line 2: radius 0 of point 2 is zero; give a positive radius in micrometres (column 6)");
        expect("1 1 0 0 0 5 -1\n2 3 5 0 0 -1 1\n", 2, "radius -1 of point 2 is negative");
        expect("1 1 0 0 0 5 -1\n2 3 5 0 0 1 1\n2 3 9 0 0 1 1\n", 3, "cell.swc, line 3: point id 2 again (first on line 2); give each point its own id");
        expect("1 1 0 0 0 5 -1\n2 3 5 0 0 1 40\n", 2, "cell.swc, line 2: the parent 40 of point 2 is not in the file; give the id of a point of the file, "
            + "or -1 for the root");
        expect("1 1 0 0 0 5 -1\n2 3 5 0 0 1 1\n3 3 0 9 0 5 -1\n", 3, "cell.swc, line 3: point 3 is a second root (parent -1; the first is point 1 "
            + "on line 1); an SWC file holds one tree");
        expect("1 1 0 0 0 5 -1\n2 3 5 0 0 1 1\n3 3 9 0 0 1 5\n4 3 9 5 0 1 3\n5 3 9 9 0 1 4\n", 3,
            "cell.swc, line 3: point 3 is its own ancestor (parents 3 -> 5 -> 4 -> 3), a loop; an SWC file is a tree");
        expect("1 3 0 0 0 1 1\n", 1, "point 1 is its own ancestor (parents 1 -> 1), a loop");
        expect("1 1 0 0 0 5 -1\n2 3 5 0 0 1 1\n3 3 5 0 0 1 2\n4 3 9 0 0 1 3\n", 3,
            "cell.swc, line 3: point 3 is at the same place as its parent 2 (5.0 0.0 0.0), a segment of zero length; move it, or remove it "
            + "and hang its children from point 2");
        expect("1 1 0 0 0 5 -1\n2 3 5 0 0 1 1\n", 2, "cell.swc, line 2: point 2 starts a section (dend[0]) that ends at once, so it has no length; "
            + "add a point after it");
        expect("1 1 0 0 0 5 -1\n2 3 5 0 0 1 1\n3 1 9 0 0 1 2\n", 3, "cell.swc, line 3: soma point 3 hangs from point 2 (line 2), which is not soma");
        expect("1 1 0 0 0 5 -1\n2 1 0 0 0 5 1\n", 1, "cell.swc, line 1: the soma points of point 1 have no surface");
    }

    @Test
    void aMissingFileIsAnIoError() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Morphology.readSwc(Path.of("no/such/cell.swc")));
        assertTrue(e.getMessage().startsWith("cannot read SWC file no/such/cell.swc"), e.getMessage());
    }

    private static void expect(String text, int line, String message) {
        SwcException e = assertThrows(SwcException.class, () -> read(text));
        assertTrue(e.getMessage().startsWith(message) || e.getMessage().contains(message), e.getMessage() + "\n expected: " + message);
        assertEquals(line, e.line(), e.getMessage());
        assertEquals("cell.swc", e.source());
    }
}
