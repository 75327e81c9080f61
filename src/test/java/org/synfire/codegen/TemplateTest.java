package org.synfire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The notation of the kernel templates, on a small template of its own. */
class TemplateTest {
    private static final Template NOTATION = Template.resource("notation.tmpl");

    @Test
    void blocksTakeTheHolesIndentationAndSectionsKeepOrDropTheirLines() {
        String source = NOTATION.fill().put("class", "K").put("fields", Template.block(Stream.of("int a;", "int b;")))
            .when("run", true).put("n", "3").put("body", "a = n;\nif (a > 0) {\n    b = a;\n}\n").render();
        assertEquals("""
            class K {
                int a;
                int b;
                void run() {
                    int n = 3;
                    slow();
                    a = n;
                    if (a > 0) {
                        b = a;
                    }
                }
            }
            """, source);
    }

    @Test
    void anEmptyBlockLeavesNoLineAndAnOffSectionNeedsNoHoles() {
        assertEquals("class K {\n}\n", NOTATION.fill().put("class", "K").put("fields", "").render());
    }

    @Test
    void aHoleTheGeneratorLeavesOpenIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> NOTATION.fill().put("class", "K").put("fields", "").when("run", true).when("fast", true).render());
        assertTrue(e.getMessage().contains("'n'"), e.getMessage());
    }

    @Test
    void aDefinitionThatIncludesItselfIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Template.resource("cyclic.tmpl"));
        assertTrue(e.getMessage().contains("includes 'a' within itself"), e.getMessage());
    }

    @Test
    void aRepeatedSectionGivesOneCopyEachWithItsOwnHoles() {
        Template repeat = Template.resource("repeat.tmpl");
        String source = repeat.fill().put("class", "K").put("body", "shared();")
            .repeat("method", List.of(Map.of("name", "a", "body", "x = 1;\ny = 2;"), Map.of("name", "b"))).render();
        assertEquals("""
            class K {
                void a() {
                    x = 1;
                    y = 2;
                }
                void b() {
                    shared();
                }
            }
            """, source);
    }

    @Test
    void aRepeatedSectionWithoutCopiesIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> Template.resource("repeat.tmpl").fill().put("class", "K").put("body", "").render());
        assertTrue(e.getMessage().contains("repeats 'method'"), e.getMessage());
    }
}
