package org.synfire.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed scripts: each message names the script line, the DSL word and what would be right. */
class ScriptErrorsTest {
    @TempDir
    Path out;

    static Stream<Arguments> malformed() {
        String net = "def exc = group('exc', 10, lif())\n";
        return Stream.of(
            bad("def exc = group('exc', 10, lif()\n", 1, "Unexpected input"),
            bad("gruop('exc', 10, lif())\n", 1, "unknown word 'gruop'", "did you mean group?"),
            bad("run 1000.second\n", 1, "'second' is not a unit a number can carry", "write the symbol, e.g. 10.s"),
            bad("run 10.msec\n", 1, "'msec' is not a unit a number can carry; did you mean ms?"),
            bad("group('g', 10, lif())\nrun -1.ms\n", 2, "'run' is a DSL word, used here without its arguments", "write run(...)"),
            bad("group('exc', 10, izhikevic('chattering'))\n", 1, "unknown word 'izhikevic'", "did you mean izhikevich?"),
            bad("group('exc', 10, lif(tua: 10.ms))\n", 1, "lif: unknown parameter 'tua'", "tau"),
            bad("group('exc', 10, lif(tau: 10.mV))\n", 1, "tau", "second"),
            bad(net + "connect exc, exc, onPre: 'v += 1*mV', prob: 0.1\n", 2, "connect: unknown named argument 'prob'", "p, condition"),
            bad(net + "connect exc, exc, p: 0.1\n", 2, "connect: say what a spike does", "onPre"),
            bad(net + "connect exc, exc, onPre: 'v += 1*mV', p: 0.1, inDegree: 3\n", 2, "give one connection rule, not p and inDegree"),
            bad(net + "connect exc, exc, onPre: 'v += 1*volt*second'\nrun 1.ms\n", 3, "on_pre"),
            bad(net + "probe state(exc, 'w')\n", 2, "state: group 'exc' has no variable 'w'; known: v"),
            bad(net + "probe spikes(exc, neuron: 0..3)\n", 2, "spikes: unknown named argument 'neuron'", "neurons"),
            bad(net + "run 1.ms\ngroup('inh', 5, lif())\n", 3, "group: the network was built", "startScope()"),
            bad(net + "run 10.mV\n", 2, "run(", "a time"),
            bad(net + "exc.v = 3.nA\n", 2, "exc", "v"),
            bad(net + "def sp = probe spikes(exc)\nprintln sp.count\n", 3, "no results yet", "run"),
            bad("group('exc', 10, izhikevich('chatering'))\n", 1, "unknown preset 'chatering'", "chattering"),
            bad("group('exc', 10, model('dv/dt = -v/tau : volt', threshold: 'v > 1*mV', tau: 5.ms))\n", 1, "model: unknown parameter 'tau'; known: v"),
            bad(net + "poissonInput exc, 'v', n: 10, rate: 5.Hz\n", 2, "poissonInput: give n:, rate: and weight:"),
            bad(net + "connect exc, exc, synapse: nmda(unit: '1')\n", 2, "nmda: give on:"),
            bad(net + "connect exc, exc, synapse: nmda(on: 's_NMDA_tot')\nrun 1.ms\n", 3, "a summed variable must name a per-neuron variable of the target group"),
            bad(net + "println exc2\n", 2, "unknown name 'exc2'", "did you mean exc?"),
            bad(net + "threads 0\n", 2, "threads: 0 threads"),
            bad(net + "save 'text', '../up'\n", 2, "save: '../up' is not a plain file name"),
            bad(net + "run 10\n", 2, "run: argument 1 (duration) is 10 (a number without a unit); expected a quantity with its unit, e.g. 10.ms",
                "write it as run(duration)"),
            bad("seed 'abc'\n", 1, "seed: argument 1 (value) is 'abc' (text); expected a whole number"),
            bad("dt 0.1\n", 1, "dt: argument 1 (step) is 0.1 (a number without a unit); expected a quantity with its unit, e.g. 0.1.ms"),
            bad("threads 'two'\n", 1, "threads: argument 1 (count) is 'two' (text); expected a whole number"),
            bad("group('a', 'ten', lif())\n", 1, "group: argument 2 (size) is 'ten' (text); expected a whole number",
                "group(name, size, model)"),
            bad("group('a', 10)\n", 1, "group was given 2 arguments; write it as", "group(name, size, model)"),
            bad(net + "connect exc, 'inh'\n", 2, "connect: argument 2 (target) is 'inh' (text); expected a group: the variable from def x = group(...), "
                + "not its name in quotes"),
            bad(net + "connect exc, 'inh', p: 0.1, onPre: 'v += 1*mV'\n", 2, "connect: argument 2 (target) is 'inh' (text)",
                "connect(name: value, ..., source, target)"),
            bad(net + "probe exc\n", 2, "probe: argument 1 (spec) is group 'exc'; expected a probe description such as spikes(exc)"),
            bad(net + "raster(exc)\n", 2, "raster: argument 1 (spikes) is group 'exc'; expected a probe: the variable from def x = probe spikes(...)"),
            bad(net + "def sp = probe spikes(exc)\ntracePlot(sp)\n", 3, "tracePlot was given 1 argument", "tracePlot(state, variable)"),
            bad("param(5, 'g')\n", 1, "param: argument 1 (name) is 5 (a number); expected text in quotes"),
            bad("startScope(1)\n", 1, "startScope was given 1 argument; write it as startScope()"),
            bad(net + "probe state(exc, ['v', 'u'])\n", 2, "state: group 'exc' has no variable 'u'; known: v"),
            bad("def s = timed([0.nA, 1.nA])\n", 1, "timed needs named arguments; write it as timed(name: value, ..., values...)"),
            bad("def s = timed([0.nA, 1.nA], every: 1.ms)\n", 1, "timed: unknown named argument 'every'", "dt"),
            bad("def s = timed([[0.nA, 1.nA], [1.nA]], dt: 1.ms)\n", 1, "timed: row 1 is not a list of 2 values like row 0"),
            bad("def s = timed([0.nA, 1.mV], dt: 1.ms)\n", 1, "timed: value 1 (1 mV) is not in the unit of value 0 (0 A)"),
            bad("group('g', 1, lif(I: timed([1.mV], dt: 1.ms)))\n", 1, "is in amp, and the timed array driving it in volt; give one in amp"),
            bad("group('g', 1, poisson(timed([1.nA], dt: 1.ms)))\n", 1, "the timed array is in amp; give rates in hertz"),
            bad(net + "poissonInput exc, 'v', n: 10, rate: timed([1.mV], dt: 1.ms), weight: 0.1.mV\n", 2, "is in volt; give rates in hertz"),
            bad(net + "probe spikes(exc[5..2])\n", 2, "exc[5..2]: the range runs backwards; write the lower index first (exc[2..5])"),
            bad(net + "probe spikes(exc[3..<3])\n", 2, "exc[3..<3]: the range is empty; a slice needs at least one neuron (exc[3..3] is "
                + "neuron 3 alone)"),
            bad(net + "connect exc[5..10], exc, onPre: 'v += 1*mV'\n", 2, "exc[5..10]: reaches past the last neuron; exc has 10 neurons, "
                + "0..9 (or -10..-1 counted from the end)"),
            bad(net + "def head = exc[0..4]\nhead[-6..-1].v = -60.mV\n", 3, "exc[0:5][-6..-1]: starts before the first neuron; exc[0:5] has "
                + "5 neurons, 0..4 (or -5..-1 counted from the end)"),
            bad(net + "exc['a'..'c']\n", 2, "exc[a..c]: give a range of whole numbers, e.g. exc[0..9]"),
            bad(net + "poissonInput exc[0..4], 'v', n: 10, rate: 5.Hz, weight: 0.1.mV\n", 2, "poissonInput: the target 'exc[0:5]' is a "
                + "slice; Poisson input goes to whole groups"),
            bad(net + "exc[0..4].tau = 5.ms\n", 2, "Group 'exc'.tau: is shared (one value for the group); set it on exc, not on exc[0:5]"));
    }

    private static Arguments bad(String script, int line, String... expected) {
        return Arguments.of(script, line, List.of(expected));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedScriptsNameTheLineAndWhatIsWrong(String script, int line, List<String> expected) {
        Session session = new Session(new Session.Options(null, null, out, Map.of(), null, System.out));
        ScriptException e = assertThrows(ScriptException.class,
            () -> Dsl.evaluate(Dsl.shell(Dsl.binding(session), false), script, "bad.groovy"));
        String message = e.getMessage();
        assertTrue(message.startsWith("bad.groovy:" + line + ":"), message);
        assertEquals(line, e.line());
        for (String part : expected) {
            assertTrue(message.contains(part), "expected '" + part + "' in:\n" + message);
        }
        assertFalse(message.contains("\tat ") || message.contains("org.codehaus") || message.contains("Exception"), "no stack trace:\n" + message);
        assertEquals(simulatedBy(script.lines().limit(line - 1).collect(Collectors.joining("\n"))), simulated(session),
            "the bad line ran no simulation step");
    }

    private double simulatedBy(String script) {
        Session session = new Session(new Session.Options(null, null, out, Map.of(), null, System.out));
        Dsl.evaluate(Dsl.shell(Dsl.binding(session), false), script, "prefix.groovy");
        return simulated(session);
    }

    private static double simulated(Session session) {
        return session.runs().stream().mapToDouble(Session.RunSummary::simulatedSeconds).sum();
    }

    @Test
    void naturalFormsAreAccepted() {
        Session session = new Session(new Session.Options(null, null, out, Map.of(), null, System.out));
        Object table = Dsl.evaluate(Dsl.shell(Dsl.binding(session), false), """
            def a = group('a', 4, izhikevich())
            def b = group('b', 3, lif())
            def ab = connect a, b, onPre: 'v += 1*mV', delay: 0.5.ms
            def st = probe state(a, ['v', 'u'], neurons: 0..1)
            run 1.ms
            assert table(st).rowCount() > 0
            table(ab)
            """, "natural.groovy");
        tech.tablesaw.api.Table synapses = (tech.tablesaw.api.Table) table;
        assertEquals(12, synapses.rowCount());
        assertEquals(List.of("synapse", "source", "target", "delay_ms"), synapses.columnNames().subList(0, 4));
        assertEquals(0.5, synapses.doubleColumn("delay_ms").get(0), 1e-12);
    }

    @Test
    void aBuildErrorPointsAtTheLinesThatAddedTheObjects() {
        Session session = new Session(new Session.Options(null, null, out, Map.of(), null, System.out));
        String script = "def a = group('a', 10, model('dv/dt = -v/tau : volt\\ntau : second (constant)'))\n"
            + "def b = group('b', 10, lif())\n"
            + "def c = group('c', 10, model('dv/dt = -v/tau : volt\\ntau : second (constant)'))\n"
            + "run 1.ms\n";
        ScriptException e = assertThrows(ScriptException.class,
            () -> Dsl.evaluate(Dsl.shell(Dsl.binding(session), false), script, "lines.groovy"));
        String message = e.getMessage();
        assertTrue(message.startsWith("lines.groovy:4:"), message);
        assertTrue(message.contains("Group 'a' was declared at line 1:"), message);
        assertTrue(message.contains("Group 'c' was declared at line 3:"), message);
        assertFalse(message.contains("Group 'b' was declared"), "only objects with problems: " + message);
    }

    @Test
    void aStaticallyCompiledScriptReportsATypoAtCompileTime() {
        Session session = new Session(new Session.Options(null, null, out, Map.of(), null, System.out));
        String script = "def exc = group('exc', 10, lif())\ndef n = exc.siez\n";
        ScriptException e = assertThrows(ScriptException.class,
            () -> Dsl.evaluate(Dsl.shell(Dsl.binding(session), true), script, "typo.groovy"));
        assertTrue(e.getMessage().startsWith("typo.groovy:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("siez"), e.getMessage());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"long.groovy", "int.groovy", "void.groovy", "static.groovy"})
    void aScriptNamedLikeAJavaTypeRunsAndItsErrorsKeepItsName(String name) {
        Session session = new Session(new Session.Options(null, null, out, Map.of(), null, System.out));
        assertEquals(3, Dsl.evaluate(Dsl.shell(Dsl.binding(session), false), "def x = 1\nx + 2\n", name));
        String script = "def a = group('a', 10, model('dv/dt = -v/tau : volt\\ntau : second (constant)'))\nrun 1.ms\n";
        ScriptException e = assertThrows(ScriptException.class,
            () -> Dsl.evaluate(Dsl.shell(Dsl.binding(session), false), script, name));
        assertTrue(e.getMessage().startsWith(name + ":2:"), e.getMessage());
        assertTrue(e.getMessage().contains("Group 'a' was declared at line 1:"), e.getMessage());
    }
}
