package org.synfire.dsl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synfire.model.morphology.Morphology;
import org.synfire.model.morphology.SectionType;
import org.synfire.units.Units;

/** The {@code morphology} and {@code swc} words: blocks of sections, SWC files, the d_lambda rule, and mistakes by line. */
class MorphologyDslTest {
    @TempDir
    Path out;

    private Object eval(String text) {
        Session session = new Session(new Session.Options(null, null, out, Map.of(), null, System.out));
        return Dsl.evaluate(Dsl.shell(Dsl.binding(session), false), text, "cell.groovy");
    }

    @Test
    void aBlockBuildsTheSameTreeAsJava() {
        Morphology m = (Morphology) eval("""
            morphology {
                soma diameter: 20.um
                dendrite('d', length: 200.um, diameter: 1.um, compartments: 10) {
                    dendrite 'd1', length: 100.um, diameter: 0.5.um, compartments: 5
                    apical 'd2', length: 60.um, diameter: [2.um, 1.um], compartments: 3
                }
                axon('axon', length: 1.mm, diameter: 1.um) {
                    axon 'collateral', length: 100.um, diameter: 0.5.um
                }
                apical('trunk', length: 300.um, diameter: [3.um, 1.um]) {
                    apical 'tuft', length: 100.um, diameter: 1.um
                }
            }
            """);
        Morphology java = Morphology.builder()
            .soma(Units.um.of(20))
            .dendrite("d", s -> s.length(Units.um.of(200)).diameter(Units.um.of(1)).compartments(10)
                .dendrite("d1", c -> c.length(Units.um.of(100)).diameter(Units.um.of(0.5)).compartments(5))
                .apical("d2", c -> c.length(Units.um.of(60)).diameter(Units.um.of(2), Units.um.of(1)).compartments(3)))
            .axon("axon", s -> s.length(Units.um.of(1000)).diameter(Units.um.of(1))
                .axon("collateral", c -> c.length(Units.um.of(100)).diameter(Units.um.of(0.5))))
            .apical("trunk", s -> s.length(Units.um.of(300)).diameter(Units.um.of(3), Units.um.of(1))
                .apical("tuft", c -> c.length(Units.um.of(100)).diameter(Units.um.of(1))))
            .build();
        assertEquals(java.toString(), m.toString());
        assertArrayEquals(java.parents(), m.parents());
        assertArrayEquals(java.areas(Units.um.power(2)), m.areas(Units.um.power(2)), 1e-9);
        assertEquals(SectionType.APICAL, m.section("d2").type());
        assertEquals(List.of("collateral"), m.section("axon").children());
        assertEquals(Optional.of("trunk"), m.section("tuft").parent());
        assertEquals(6, m.section("d").at(Units.um.of(100)));
    }

    @Test
    void riAndCmChooseCountsByTheDLambdaRuleAndFilesAreRead() {
        List<?> r = (List<?>) eval("""
            def ball = morphology(Ri: 100.ohm * 1.cm, Cm: 1.uF / 1.cm / 1.cm) {
                soma 20.um
                dendrite 'd', length: 200.um, diameter: 1.um
                axon 'axon', length: 1.mm, diameter: 1.um, compartments: 4
            }
            def coarse = morphology(Ri: '100 ohm*cm', Cm: '1 uF/cm^2', dLambda: 0.3, frequency: 100.Hz) {
                dendrite 'd', length: 200.um, diameter: 1.um
            }
            def file = swc('src/test/resources/morphology/ball_and_stick.swc')
            def fine = morphology(file: 'src/test/resources/morphology/ball_and_stick.swc', Ri: 100.ohm * 1.cm, Cm: 1.uF / 1.cm / 1.cm)
            [ball.section('d').compartments(), ball.section('axon').compartments(), coarse.size(), file.size(),
             fine.section('axon[0]').compartments(), file.section('dend[1]').at(50.um)]
            """);
        assertEquals(List.of(7, 4, 3, 12, 13, 4), r);
    }

    @Test
    void theExampleScriptTablesAndDrawsTheShippedNeuron() throws java.io.IOException {
        Object table = eval(java.nio.file.Files.readString(Path.of("scripts/morphology.groovy")));
        tech.tablesaw.api.Table compartments = (tech.tablesaw.api.Table) table;
        assertEquals(12, compartments.rowCount());
        assertEquals(250, compartments.doubleColumn("distance_um").get(11), 1e-9, "the axon's last midpoint");
        for (String file : List.of("compartments.csv", "morphology.png", "morphology.svg", "distance.png", "distance.svg")) {
            assertTrue(java.nio.file.Files.size(out.resolve(file)) > 0, file);
        }
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
            bad("morphology {\n  soma diameter: 20.um\n  dendrite 'd', length: 0.um, diameter: 1.um\n}\n", 3,
                "Section 'd'.length: 0 m is zero; give a positive length such as 200.um"),
            bad("morphology {\n  dendrite 'd', length: 10.um\n}\n", 2, "Section 'd'.diameter: not given"),
            bad("morphology {\n  dendrite 'd', length: 10.um, diameter: 1.um, colour: 'red'\n}\n", 2,
                "dendrite: unknown named argument 'colour'; known: length, diameter, compartments"),
            bad("morphology {\n  dendrite('d', length: 10.um, diameter: 1.um) {\n    soma 10.um\n  }\n}\n", 3,
                "soma: a soma goes at the top of morphology { ... }, not inside a section's block"),
            bad("morphology {\n  soma 10.um\n  dendrite 'd', length: 10.um, diameter: [1.um]\n}\n", 3,
                "dendrite: diameter: a list of 1; give one diameter, or [start, end] for a taper"),
            bad("morphology {\n  soma width: 10.um\n}\n", 2, "soma: unknown named argument 'width'; known: diameter"),
            bad("morphology(Ri: 100.ohm * 1.cm) {\n  soma 10.um\n}\n", 1, "morphology: the d_lambda rule needs both Ri: and Cm:"),
            bad("morphology(Ri: 100.ohm, Cm: 1.uF / 1.cm / 1.cm) {\n  soma 10.um\n}\n", 1,
                "DLambda 'd_lambda'.Ri: 100 ohm is not a positive quantity in ohm*metre"),
            bad("morphology(Ri: 100.ohm * 1.cm, Cm: 1.uF / 1.cm / 1.cm)\n", 1,
                "morphology: give a block, morphology { soma diameter: 20.um; ... }, or file: 'cell.swc'"),
            bad("morphology(file: 'cell.swc') {\n  soma 10.um\n}\n", 1, "morphology: give file: or a block, not both"),
            bad("def m = morphology {\n  soma 10.um\n  dendrite 'd', length: 100.um, diameter: 1.um\n}\nm.section('d').at(150.um)\n", 5,
                "Section 'd': at(150 um): beyond its end; the section is 100 um long: give a distance from 0 um to 100 um"),
            bad("swc('" + "src/test/resources/morphology/missing.swc" + "')\n", 1, "cannot read SWC file"));
    }

    private static Arguments bad(String script, int line, String expected) {
        return Arguments.of(script, line, expected);
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void mistakesNameTheLineAndTheFix(String script, int line, String expected) {
        ScriptException e = assertThrows(ScriptException.class, () -> eval(script));
        assertTrue(e.getMessage().startsWith("cell.groovy:" + line + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in:\n" + e.getMessage());
    }

    @Test
    void theWordsAreListedForCompletion() {
        assertTrue(Members.names(Members.words()).containsAll(List.of("morphology", "swc")));
        assertTrue(Members.names(Members.groovy(MorphologyBlock.class)).containsAll(List.of("soma", "dendrite", "axon", "apical")));
    }
}
