package org.synfire.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synfire.dsl.CompletionCases;
import org.synfire.units.Quantity;

/** Both kernels' evaluation, in process: state across cells, results, errors, completeness. */
class KernelEvaluationTest {
    private static JavaKernel java;
    private static GroovyKernel groovy;

    @BeforeAll
    static void start() {
        java = new JavaKernel();
        java.warmUp();
        groovy = new GroovyKernel();
        groovy.warmUp();
    }

    @AfterAll
    static void stop() {
        java.onShutdown(false);
        groovy.onShutdown(false);
    }

    private static List<String> failure(SynfireKernel kernel, String code) {
        CellError e = assertThrows(CellError.class, () -> kernel.evalRaw(code));
        return e.traceback();
    }

    @Test
    void javaCellsShareLiveObjects() {
        assertNull(java.evalRaw("Quantity tau = ms.of(20);"));
        Object value = java.evalRaw("tau");
        assertTrue(value instanceof Quantity, String.valueOf(value));
        assertEquals(20e-3, ((Quantity) value).si(), 1e-15);
        assertEquals(3, java.evalRaw("int a = 1;\nint b = 2;\na + b"));
    }

    @Test
    void javaCompileErrorPointsAtTheLineAndColumn() {
        List<String> lines = failure(java, "int x = 1;\nString s = \"a\" +;");
        assertEquals("CompilationError: illegal start of expression", lines.get(0));
        assertEquals("    line 2: String s = \"a\" +;", lines.get(1));
        assertEquals(" ".repeat("    line 2: String s = \"a\" +".length()) + "^", lines.get(2));
    }

    @Test
    void javaRuntimeErrorShowsTheUsersLineOnly() {
        List<String> lines = failure(java, "int k = 0;\nif (k == 0) throw new IllegalStateException(\"planned\");");
        assertEquals(List.of("IllegalStateException: planned", "    at line 2: if (k == 0) throw new IllegalStateException(\"planned\");"), lines);
    }

    @Test
    void javaErrorsNameTheCellsVariablesAndClassesNotJShells() {
        java.evalRaw("String nothing = null;\nclass Widget { int k; }\nvoid once(int a) { }");
        List<List<String>> errors = List.of(
            failure(java, "int n = nothing.length();"),
            failure(java, "class Broken extends RuntimeException { Broken(String m) { super(m, new IllegalStateException(\"in \" + "
                + "Widget.class.getName())); } }\nthrow new Broken(new Widget().getClass().getName());"),
            failure(java, "Object text = \"s\";\nWidget w = (Widget) text;"),
            failure(java, "once();"),
            failure(java, "int y = new Widget().nope;"));
        assertEquals(List.of(
            List.of("NullPointerException: Cannot invoke \"String.length()\" because \"nothing\" is null",
                "    at line 1: int n = nothing.length();"),
            List.of("Broken: Widget", "    at line 2: throw new Broken(new Widget().getClass().getName());",
                "Caused by IllegalStateException: in Widget"),
            List.of("ClassCastException: class java.lang.String cannot be cast to class Widget", "    at line 2: Widget w = (Widget) text;"),
            // JShell names the class of a top-level method as an empty string: "method once in class  cannot".
            List.of("CompilationError: method once cannot be applied to given types (required: int; found: no arguments)",
                "    line 1: once();", " ".repeat("    line 1: ".length()) + "^"),
            List.of("CompilationError: cannot find symbol: variable nope", "    line 1: int y = new Widget().nope;",
                " ".repeat("    line 1: int y = ".length()) + "^")), errors);
    }

    @Test
    void javaResultsNameTheCellsClassesNotJShells() {
        java.evalRaw("class Point { int x = 1; }\nrecord Pair(Point a, int b) { }");
        String point = (String) java.render(java.evalRaw("new Point()")).getData(TEXT_PLAIN);
        assertTrue(point.matches("Point@[0-9a-f]+"), point);
        String list = (String) java.render(java.evalRaw("java.util.List.of(new Point(), new Point())")).getData(TEXT_PLAIN);
        assertTrue(list.matches("\\[Point@[0-9a-f]+, Point@[0-9a-f]+]"), list);
        String pair = (String) java.render(java.evalRaw("new Pair(null, 2)")).getData(TEXT_PLAIN);
        assertEquals("Pair[a=null, b=2]", pair);
        assertEquals("class Point", java.render(java.evalRaw("Point.class")).getData(TEXT_PLAIN));
    }

    /** Code → the is_complete answer: "complete", "invalid", or the indent of an incomplete cell. */
    private static void assertCompleteness(SynfireKernel kernel, Map<String, String> expected) {
        expected.forEach((code, answer) -> assertEquals(answer, kernel.isComplete(code), code));
    }

    @Test
    void javaCompleteness() {
        assertCompleteness(java, Map.of("1 + 1", "complete", "for (int i = 0; i < 3; i++) {", "    ", "1 + )", "invalid"));
    }

    @Test
    void javaInspectsMethodsAndVariables() {
        String doc = (String) java.inspect("Network.create", 14, false).getData(TEXT_PLAIN);
        assertTrue(doc.contains("Network Network.create()"), doc);
        java.evalRaw("int spikes = 42;");
        assertEquals("int spikes = 42", java.inspect("spikes", 3, false).getData(TEXT_PLAIN));
        assertNull(java.inspect("noSuchThing", 4, false));
    }

    @Test
    void groovyInspectsVariablesAndMethods() {
        groovy.evalRaw("count = 7");
        assertEquals("count: java.lang.Integer = 7", groovy.inspect("count", 2, false).getData(TEXT_PLAIN));
        String doc = (String) groovy.inspect("Network.create", 14, false).getData(TEXT_PLAIN);
        assertTrue(doc.contains("Network Network.create()"), doc);
        assertNull(groovy.inspect("noSuchThing", 4, false));
    }

    private static String groovyHelp(String code) {
        var data = groovy.inspect(code, code.length(), false);
        return data == null ? null : (String) data.getData(TEXT_PLAIN);
    }

    @Test
    void groovyInspectsDslWordsModelsGroovyMethodsAndHandles() {
        // After a cell the binding holds the cell's own methods, not the model words every script has.
        groovy.evalRaw("def unused = 1");
        assertTrue(!groovy.variables().containsKey("lif"), groovy.variables().keySet().toString());
        String group = groovyHelp("group");
        assertTrue(group.contains("group(name, size, model)") && group.contains("Named arguments:") && group.contains("initialize"), group);
        assertEquals(org.synfire.dsl.Reference.help("run").orElseThrow(), groovyHelp("run"));
        String lif = groovyHelp("lif");
        assertTrue(lif.contains("Lapicque 1907") && lif.matches("(?s).*\\n  tau +parameter +second +10 ms +membrane time constant[^\\n]*\\n.*"), lif);
        assertTrue(groovyHelp("izhikevich").contains("Presets: "), groovyHelp("izhikevich"));
        String println = groovyHelp("println");
        assertTrue(println.contains("void Script.println(Object)") && println.contains("void Object.println(Object)  (Groovy)"), println);
        groovy.evalRaw("def hExc = group('hExc', 3, lif(tau: 12.ms))\ndef hSp = probe spikes(hExc)");
        String v = groovyHelp("hExc.tau");
        assertTrue(v.startsWith("hExc.tau: parameter of model lif, unit second, default 12 ms"), v);
        assertTrue(groovyHelp("hSp.spec").contains("ProbeSpec Recording.spec()"), groovyHelp("hSp.spec"));
        groovy.evalRaw("run 1.ms");
        assertTrue(groovyHelp("hExc.v").contains("Now: "), groovyHelp("hExc.v"));
        assertTrue(groovyHelp("hSp.counts").contains("SpikeTrains.counts()"), groovyHelp("hSp.counts"));
        assertTrue(groovyHelp("hSp.count").contains("count()"), groovyHelp("hSp.count"));
        groovy.evalRaw("startScope()");
    }

    @Test
    void groovyCellsShareVariablesAndMethods() {
        assertNull(groovy.evalRaw("def n = 4\nint m = 3"));
        assertNull(groovy.evalRaw("def twice(x) { 2 * x }"));
        assertEquals(14, groovy.evalRaw("twice(n + m)"));
        assertEquals(Integer.class, groovy.variables().get("m").getClass());
        groovy.evalRaw("class Cell { int k }");
        assertEquals(5, groovy.evalRaw("new Cell(k: 2).k + 3"), "a user's class named like the kernel's cells");
    }

    @Test
    void groovyErrorsShowTheUsersLine() {
        List<String> compile = failure(groovy, "def a = 1\ndef b = a +");
        assertEquals(List.of("CompilationError: Unexpected input: '+'", "    line 2: def b = a +", " ".repeat(22) + "^"), compile);
        List<String> runtime = failure(groovy, "def c = 1\nthrow new IllegalArgumentException('planned')");
        assertEquals(List.of("IllegalArgumentException: planned", "    at line 2: throw new IllegalArgumentException('planned')"), runtime);
    }

    @Test
    void groovyCompleteness() {
        assertCompleteness(groovy, Map.of(
            "def x = [1, 2]", "complete",
            "s = '( not a bracket' // ) nor this", "complete",
            "def f(x) {", "    ",
            "s = '''multi", "    ",
            "1 +", "    ",
            "1 + )", "invalid",
            "def = 5", "invalid"));
    }

    @Test
    void groovyCompletesMembersOfClassesAndVariables() {
        groovy.evalRaw("sample = 'text'");
        assertEquals(List.of("abs(", "absExact("), groovy.complete("Math.abs", 8).getReplacements());
        assertEquals(List.of("sample"), groovy.complete("samp", 4).getReplacements());
        assertTrue(groovy.complete("sample.toUpp", 12).getReplacements().contains("toUpperCase("));
        assertTrue(groovy.complete("m", 1).getReplacements().contains("ms"), "units are imported statically");
    }

    @Test
    void groovyCompletesMembersAsTheReplDoes() {
        groovy.evalRaw("startScope()");
        groovy.evalRaw(CompletionCases.GROOVY_SETUP);
        CompletionCases.check(typed -> groovy.complete(typed, typed.length()).getReplacements(), true);
        // The completion replaces the name typed after the dot, in any part of a cell.
        String cell = "int n = 1\nprintln sp.cou";
        var options = groovy.complete(cell, cell.length());
        assertEquals(cell.length() - 3, options.getSourceStart());
        groovy.evalRaw("startScope()");
    }

    @Test
    void javaCompletesMembersAsTheReplDoes() {
        java.evalRaw(CompletionCases.JAVA_SETUP);
        CompletionCases.check(typed -> java.complete(typed, typed.length()).getReplacements(), false);
        String cell = "int n = simulation.data(probe).cou";
        var options = java.complete(cell, cell.length());
        assertEquals(List.of("count()", "counts()"), options.getReplacements(), "the type of a call's result");
        assertEquals(cell.length() - 3, options.getSourceStart());
        assertTrue(java.complete("Math.ab", 7).getReplacements().contains("abs("), "static members come from JShell");
    }
}
