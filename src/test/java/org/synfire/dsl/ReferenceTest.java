package org.synfire.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.lang.GroovyShell;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.synfire.model.library.Library;
import org.synfire.model.library.NeuronTemplate;
import org.synfire.units.Quantity;

/**
 * The reference, the Shift-Tab help and the IDE descriptors come from one source and cover every
 * word: a word without documentation, a model or word missing from a file, or a committed file
 * that differs from what {@link Reference} makes fails here. With
 * {@code -Dsynfire.reference.update=true} the files are rewritten instead.
 */
class ReferenceTest {
    @Test
    void committedFilesAreWhatTheReferenceMakes() throws IOException {
        if (Boolean.getBoolean("synfire.reference.update")) {
            Reference.main(new String[] {"."});
        }
        List<String> stale = new ArrayList<>();
        for (Map.Entry<Path, String> f : Reference.files().entrySet()) {
            String committed = Files.exists(f.getKey()) ? Files.readString(f.getKey(), StandardCharsets.UTF_8) : "";
            if (!committed.equals(f.getValue())) {
                stale.add(f.getKey().toString());
            }
        }
        assertEquals(List.of(), stale, "out of date; regenerate with: mvn -B -q test -Dtest=ReferenceTest -Dsynfire.reference.update=true");
    }

    /** The words as the script class defines them, whatever the reference makes of them. */
    private static Set<String> scriptWords() {
        Set<String> words = new TreeSet<>();
        for (Method m : SynfireScript.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                String n = m.getName();
                words.add(n.startsWith("get") && m.getParameterCount() == 0 ? Character.toLowerCase(n.charAt(3)) + n.substring(4) : n);
            }
        }
        return words;
    }

    @Test
    void everyWordIsDocumentedAndInEveryFile() {
        Set<String> undocumented = new TreeSet<>();
        for (Reference.Entry e : Reference.words()) {
            if (e.doc().isBlank()) {
                undocumented.add(e.name());
            }
        }
        assertEquals(Set.of(), undocumented, "a public method of SynfireScript is a DSL word: give one of its forms a @Word");
        Set<String> names = new TreeSet<>(scriptWords());
        Library.neuronTemplates().forEach(t -> names.add(t.name()));
        String markdown = Reference.markdown();
        String gdsl = Reference.gdsl();
        String dsld = Reference.dsld();
        for (String word : names) {
            assertTrue(markdown.contains("\n### " + word + "\n"), word + " missing from " + Reference.MARKDOWN);
            assertTrue(gdsl.contains("name: '" + word + "'"), word + " missing from the GDSL");
            assertTrue(dsld.contains("name: '" + word + "'"), word + " missing from the DSLD");
            assertTrue(Reference.help(word).isPresent(), word + " has no Shift-Tab help");
        }
        for (String literal : Reference.unitLiterals().keySet()) {
            assertTrue(gdsl.contains("property name: '" + literal + "'") && dsld.contains("property name: '" + literal + "'"), literal);
        }
    }

    @Test
    void helpGivesNamedArgumentsUnitsDefaultsAndModelParameters() {
        String connect = Reference.help("connect").orElseThrow();
        assertTrue(connect.startsWith("connect(source, target)\nconnect(name: value, ..., source, target)  → Projection"), connect);
        assertTrue(connect.contains("delay") && connect.contains("second, an expression (text) or normal(...); default one step"), connect);
        String lif = Reference.help("lif").orElseThrow();
        assertTrue(lif.contains("Lapicque 1907"), lif);
        assertTrue(lif.matches("(?s).*\\n  tau +parameter +second +10 ms +membrane time constant[^\\n]*\\n.*"), lif);
        NeuronTemplate izhikevich = Library.neuronTemplates().stream().filter(t -> t.name().equals("izhikevich")).findFirst().orElseThrow();
        assertTrue(Reference.help("izhikevich").orElseThrow().contains("Presets: " + String.join(", ", izhikevich.presets())));
        assertTrue(Reference.help("run").orElseThrow().startsWith("run(duration)\n\nSimulates"));
        assertFalse(Reference.help("noSuchWord").isPresent());
    }

    /** Users learn what {@code tau} or {@code DeltaT} is from the reference, Shift-Tab and the IDE, not from Java sources. */
    @Test
    void everyVariableOfABuiltInModelSaysWhatItMeansInEveryFile() {
        String markdown = Reference.markdown();
        String gdsl = Reference.gdsl();
        List<String> missing = new ArrayList<>();
        for (NeuronTemplate t : Library.neuronTemplates()) {
            String help = Reference.help(t.name()).orElseThrow();
            for (Reference.Parameter p : Reference.parameters(t.model())) {
                if (p.meaning().isBlank()) {
                    missing.add(t.name() + "." + p.name());
                    continue;
                }
                assertTrue(markdown.contains("| `" + p.name() + "` | " + p.kind() + " | ") && markdown.contains(" | " + p.meaning() + " |"),
                    t.name() + "." + p.name() + " in " + Reference.MARKDOWN);
                assertTrue(help.contains("  " + p.meaning()), t.name() + "." + p.name() + " in the Shift-Tab help:\n" + help);
                // The descriptors quote text in single quotes, escaping those within.
                assertTrue(gdsl.contains(p.meaning().replace("'", "\\'")), t.name() + "." + p.name() + " in the GDSL");
            }
        }
        assertEquals(List.of(), missing, "say what each means in a '# comment' on its line of the model's equations");
    }

    @Test
    void unitLiteralsAreWhatScriptsWrite() {
        Map<String, String> literals = Reference.unitLiterals();
        assertTrue(literals.keySet().containsAll(List.of("ms", "mV", "nA", "Hz", "s", "nS")), literals.toString());
        long getters = java.util.Arrays.stream(UnitExtensions.class.getDeclaredMethods()).filter(m -> m.getName().startsWith("get")).count();
        assertEquals(getters, literals.size(), "one literal per getter: " + literals);
        GroovyShell shell = new GroovyShell();
        literals.forEach((literal, getter) -> assertEquals(Quantity.parse("2 " + literal), shell.evaluate("2." + literal), literal));
    }

    /** The README's script for IDEs: the @BaseScript line the descriptors assume changes nothing when the script runs. */
    @Test
    void aScriptWithTheBaseScriptLineRuns() {
        String script = """
            import groovy.transform.BaseScript
            import org.synfire.dsl.SynfireScript
            @BaseScript SynfireScript script

            def exc = group('exc', 2, lif(I: 1.nA))
            def sp = probe spikes(exc)
            run 50.ms
            sp.trains().count()
            """;
        for (boolean statically : new boolean[] {false, true}) {
            Object count = Dsl.evaluate(Dsl.shell(Dsl.binding(new Session(Session.Options.defaults())), statically), script, "ide.groovy");
            assertTrue(((Integer) count) > 0, "static " + statically + ": " + count);
        }
    }

    @Test
    void descriptorsAreGroovy() {
        GroovyShell shell = new GroovyShell();
        shell.parse(Reference.gdsl(), "synfire.gdsl");
        shell.parse(Reference.dsld(), "synfire.dsld");
    }
}
