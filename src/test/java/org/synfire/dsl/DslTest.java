package org.synfire.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synfire.model.library.Library;
import org.synfire.model.library.NeuronTemplate;
import org.synfire.units.Units;

class DslTest {
    @TempDir
    Path out;

    private Session session(Map<String, String> params) {
        return new Session(new Session.Options(null, null, out, params, null, System.out));
    }

    private Object eval(Session session, String text) {
        return Dsl.evaluate(Dsl.shell(Dsl.binding(session), false), text, "test.groovy");
    }

    /**
     * A library network taken into a script: its groups, projections and spike probes are the
     * script's, more probes may be added, a seed from outside replaces the network's own.
     */
    @Test
    void aReferenceNetworkBecomesTheScriptsNetwork() {
        String script = """
            def mc = network Microcircuit.scaled(0.02).seed(5).build()
            def deep = probe spikes(mc.groups.L5E, neurons: 0..9)
            run 50.ms
            [mc.groups.keySet().toList(), mc.projections.L4E_L23E.size, mc.spikes*.count.sum(), deep.count,
             mc.groups.L23E.size, mc.toString()]
            """;
        List<?> r = (List<?>) eval(session(Map.of()), script);
        assertEquals(List.of("L23E", "L23I", "L4E", "L4I", "L5E", "L5I", "L6E", "L6I"), r.get(0));
        assertEquals((int) org.synfire.model.library.Microcircuit.scaled(0.02).synapses()[0][2], r.get(1), "synapses L4E -> L2/3E");
        assertTrue(((Number) r.get(2)).intValue() > 0, "the background makes it fire: " + r);
        assertTrue(((Number) r.get(3)).intValue() <= ((Number) r.get(2)).intValue());
        assertEquals(414, r.get(4));
        long projections = java.util.Arrays.stream(org.synfire.model.library.Microcircuit.scaled(0.02).synapses()).flatMapToLong(
            java.util.Arrays::stream).filter(k -> k > 0).count();
        assertEquals("network of 8 populations (L23E, L23I, L4E, L4I, L5E, L5I, L6E, L6I) and " + projections + " projections", r.get(5));
        Session seeded = new Session(new Session.Options(9L, null, out, Map.of(), null, System.out));
        Object withSeed = eval(seeded, "network Microcircuit.scaled(0.02).seed(5).build(); run 20.ms; synfire.simulation().report()");
        assertTrue(withSeed.toString().contains("L23E"), withSeed.toString());
        assertEquals(9L, seeded.current().orElseThrow().seed(), "the command line's seed wins over the network's");
    }

    /** {@code normal(...)} draws values and delays per neuron and synapse; {@code fixedTotalNumber} makes exactly that many synapses. */
    @Test
    void drawnValuesAndAFixedTotalNumberOfSynapses() {
        List<?> r = (List<?>) eval(session(Map.of()), """
            seed 2
            def e = group('e', 2000, lif(), v: normal(-58.mV, 10.mV))
            def c = connect e, e, model: 'w : volt (constant)', onPre: 'v_post += w', rule: fixedTotalNumber(5000),
                w: normal(0.2.mV, 0.02.mV, low: 0.mV), delay: normal(1.5.ms, 0.75.ms, low: 0.05.ms)
            build()
            [e.v.si.sum() / 2000, c.size, c.w.si.min(), c.delays.min()]
            """);
        assertEquals(-58e-3, ((Number) r.get(0)).doubleValue(), 5 * 10e-3 / Math.sqrt(2000), "mean of the drawn potentials");
        assertEquals(5000, r.get(1));
        assertTrue(((Number) r.get(2)).doubleValue() > 0, "weights kept above the low bound");
        assertTrue(((Number) r.get(3)).intValue() >= 1, "delays at least one step");
        String refused = org.junit.jupiter.api.Assertions.assertThrows(ScriptException.class, () -> eval(session(Map.of()),
            "normal(1.mV, 0.1.mV, lo: 0.mV)")).getMessage();
        assertTrue(refused.contains("normal") && refused.contains("lo"), refused);
    }

    @Test
    void unitLiteralsAndArithmetic() {
        Object r = eval(session(Map.of()), "[20.ms, -65.mV, 0.5.nA, 15.Hz, 1.s, 2 * 20.ms, 1 / 10.ms, 20.ms + 5.ms, 3.nS / 2, 10.ms ** 2]");
        assertEquals("[20 ms, -65 mV, 500 pA, 15 Hz, 1 s, 40 ms, 100 Hz, 25 ms, 1.5 nS, 1e-4 s^2]", r.toString());
    }

    @Test
    void buildWarningsGoToStderrAndResetReplaysTheRun() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stderr = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        Object counts;
        try {
            counts = eval(session(Map.of()), """
                def exc = group('exc', 20, lif(), I: '0.2*nA + i*20*pA')
                connect exc, exc, onPre: 'v += 0.5*mV', p: 0.5, delay: 0.25.ms
                def sp = probe spikes(exc)
                run 100.ms
                def first = sp.count
                reset()
                run 100.ms
                [first, sp.count]
                """);
        } finally {
            System.setErr(stderr);
        }
        String warnings = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(warnings.contains("warning: Projection 'exc_exc'.delay: 0.25 ms is not a whole number of steps"), warnings);
        java.util.List<?> r = (java.util.List<?>) counts;
        assertTrue(((Number) r.get(0)).intValue() > 0, "the group fires: " + r);
        assertEquals(r.get(0), r.get(1), "the run after reset repeats the first");
    }

    @Test
    void aNetworkRunsAndItsStateCanBeReadAndChangedBetweenRuns() {
        Session s = session(Map.of());
        Object count = eval(s, """
            seed 3
            def exc = group('exc', 20, lif(tau: 10.ms), I: '0.2*nA + i*20*pA')
            def inh = group('inh', 5, lif()) { v = -60.mV }
            connect exc, inh, onPre: 'v += 0.5*mV', p: 0.5, delay: 1.ms
            def sp = probe spikes(exc)
            def vm = probe state(exc, 'v', neurons: 0..2, every: 1.ms)
            run 100.ms
            def first = sp.count
            exc.tau = 20.ms
            run 100.ms
            [first, sp.count, exc.tau, exc.v.size(), vm.trace.samples()]
            """);
        assertInstanceOf(java.util.List.class, count);
        java.util.List<?> r = (java.util.List<?>) count;
        assertTrue((Integer) r.get(0) > 0, "spikes in the first 100 ms");
        assertTrue((Integer) r.get(1) > (Integer) r.get(0), "more spikes after the second run");
        assertEquals(Units.ms.of(20), r.get(2));
        assertEquals(20, r.get(3));
        assertEquals(200, r.get(4));
    }

    @Test
    void regularStatementsAndNetworkOperationsRunOnTheirGrid() {
        Session s = session(Map.of());
        Object r = eval(s, """
            def g = group('g', 2, model('dv/dt = (El - v)/tau : volt\\nEl : volt (shared)\\ntau : second (shared, constant)',
                El: -65.mV, tau: 10.ms, v: -65.mV))
            runRegularly g, 'v += 5*mV', every: 10.ms
            def calls = 0
            every(1.ms, name: 'count') { sim -> calls++ }
            def vm = probe state(g, 'v')
            run 20.ms
            every(5.ms) { sim -> g.El = -60.mV }
            run 5.ms
            def v = vm.trace.values('v', 0, mV)
            [calls, synfire.simulation().operations()*.name, Math.round(v[0]), v[99] < v[100] - 4, g.El]
            """);
        assertEquals("[25, [count, operation1], -60, true, -60 mV]", r.toString());
        ScriptException late = org.junit.jupiter.api.Assertions.assertThrows(ScriptException.class, () -> eval(s,
            "runRegularly synfire.groups().g, 'v += 1*mV', every: 1.ms"));
        assertTrue(late.getMessage().contains("runRegularly g: the network was built by the first run"), late.getMessage());
        ScriptException typo = org.junit.jupiter.api.Assertions.assertThrows(ScriptException.class, () -> eval(session(Map.of()),
            "runRegularly group('h', 1, lif()), 'v += 1*mV', each: 1.ms"));
        assertTrue(typo.getMessage().contains("runRegularly") && typo.getMessage().contains("each") && typo.getMessage().contains("every"),
            typo.getMessage());
        ScriptException noInterval = org.junit.jupiter.api.Assertions.assertThrows(ScriptException.class, () -> eval(session(Map.of()),
            "runRegularly([:], group('h', 1, lif()), 'v += 1*mV')"));
        assertTrue(noInterval.getMessage().contains("runRegularly: give every:"), noInterval.getMessage());
    }

    @Test
    void aStaticallyCompiledScriptRunsThroughTheTypedWords() {
        Session s = session(Map.of());
        Object r = Dsl.evaluate(Dsl.shell(Dsl.binding(s), true), """
            Group exc = group('exc', 10, lif(tau: 10.ms), I: '0.3*nA')
            Recording sp = probe spikes(exc)
            run 50.ms
            exc.set('tau', 20.ms)
            run 50.ms
            [sp.trains().count(), exc.get('tau')]
            """, "static.groovy");
        java.util.List<?> list = (java.util.List<?>) r;
        assertTrue((Integer) list.get(0) > 0);
        assertEquals(Units.ms.of(20), list.get(1));
    }

    @Test
    void interactiveDeclarationsOutliveTheirLineAndParametersTakeTheDefaultsType() {
        Session s = session(Map.of("g", "6", "rate", "12 Hz", "name", "x"));
        groovy.lang.GroovyShell shell = Dsl.interactiveShell(Dsl.binding(s));
        Dsl.evaluate(shell, "def exc = group('exc', 3, lif())\nint k = 2\ndef (lo, hi) = [1, 4]", "line1");
        assertEquals("[3, 2, 1, 4, 6, 12 Hz, x, 0.5]",
            Dsl.evaluate(shell, "[exc.size, k, lo, hi, param('g', 5), param('rate', 10.Hz), param('name', 'y'), param('p', 0.5)]", "line2").toString());
    }

    @Test
    void valuesSetBeforeTheBuildReachTheSpecAndProjectionsReadBack() {
        Session s = session(Map.of());
        Object r = eval(s, """
            seed 1
            def exc = group('exc', 4, lif())
            exc.v = -60.mV
            exc.I = '0.1*nA*i'
            def ee = connect exc, exc, model: 'w : volt', onPre: 'v += w', rule: allToAll(), autapses: false
            ee.w = '0.1*mV*(i + 1)'
            build()
            [exc.v[0], exc.I[3], ee.size, ee.w[0], ee.sources.length]
            """);
        // Printed, as a user sees them: 0.1*nA*3 is not exactly 0.3 nA in binary.
        assertEquals("[-60 mV, 300 pA, 12, 100 uV, 12]", r.toString());
    }

    @Test
    void valuesSetBeforeTheFirstRunReadBackBeforeItAsTheBuildSetsThem() {
        Session s = session(Map.of());
        Object r = eval(s, """
            def exc = group('exc', 4, lif(tau: 12.ms))
            exc.v = -60.mV
            exc[2..3].v = -55.mV
            exc.I = [0.1.nA, 0.2.nA, 0.3.nA, 0.4.nA]
            def names = exc.spec.model().settable()
            def before = names.collectEntries { [it, exc."$it".toString()] }
            def shown = [exc.v[0], exc.v[3], exc[2..3].v.size(), exc.tau, exc.I[1], exc.El]
            build()
            def after = names.collectEntries { [it, exc."$it".toString()] }
            [before == after ? 'as built' : before + ' before, ' + after + ' after', shown]
            """);
        // Every variable: the value set, per neuron and on a slice, the model's default (El) or the preset's (tau), zero for an input.
        assertEquals("[as built, [-60 mV, -55 mV, 2, 12 ms, 200 pA, -65 mV]]", r.toString());
        for (Map.Entry<String, String> c : Map.of(
            "exc.v = '-60*mV + rand()*mV'\nexc.v",
            "exc.v: is the expression '-60*mV + rand()*mV', evaluated per neuron when the network is built; read it after build() or the "
                + "first run",
            "def other = group('other', 2, lif(), initialize: 'v = -50*mV')\nother.v", "other.v: is set by the initialisation statements, run per neuron when the network is built",
            "exc.tua", "exc.tua: group 'exc' has no variable 'tua'; known: ",
            "def src = spikeSource('src', 2, indices: [0], times: [1.ms])\nsrc.v", "src.v: a spike source has no variables").entrySet()) {
            ScriptException e = org.junit.jupiter.api.Assertions.assertThrows(ScriptException.class,
                () -> eval(session(Map.of()), "def exc = group('exc', 2, lif())\n" + c.getKey()));
            assertTrue(e.getMessage().contains(c.getValue()), e.getMessage());
        }
    }

    @Test
    void probesOfAnEarlierScopeKeepTheirResultsButItsGroupsCannotChange() {
        Session s = session(Map.of());
        Object r = eval(s, """
            def a = group('a', 5, lif(), I: 0.3.nA)
            def first = probe spikes(a)
            run 100.ms
            startScope()
            def b = group('a', 5, lif(), I: 0.2.nA)
            def second = probe spikes(b)
            run 100.ms
            [first.count > second.count, a.I[0]]
            """);
        assertEquals("[true, 300 pA]", r.toString());
        ScriptException e = org.junit.jupiter.api.Assertions.assertThrows(ScriptException.class, () -> eval(s, """
            startScope()
            def c = group('c', 2, lif())
            startScope()
            c.tau = 5.ms
            """));
        assertTrue(e.getMessage().contains("c.tau: belongs to an earlier network (before startScope())"), e.getMessage());
    }

    @Test
    void oneValuePerNeuronFromAListBeforeAndAfterTheBuildAndModelsWithoutArguments() {
        Session s = session(Map.of());
        Object r = eval(s, """
            def g = group('g', 3, lifConductance())
            def h = group('h', 3, lif())
            h.I = [0.1.nA, 0.2.nA, 0.3.nA]
            build()
            def before = h.I[2]
            h.I = [1.nA, 2.nA, 3.nA]
            [before, h.I[1], eif().name(), izhikevich().name(), adex().name(), traubMiles().name(), lifExpCurrent().name()]
            """);
        assertEquals("[300 pA, 2 nA, eif, izhikevich, adex, traub_miles, lif_exp_current]", r.toString());
    }

    @Test
    void everyNeuronTemplateOfTheLibraryIsAWordTypedUnderStaticCompilation() {
        StringBuilder script = new StringBuilder("List<NeuronModel> models = []\n");
        List<String> expected = new ArrayList<>();
        for (NeuronTemplate t : Library.neuronTemplates()) {
            script.append("models << ").append(t.name()).append("() << ").append(t.name()).append("([:])\n");
            expected.add(t.model().name());
            expected.add(t.model().name());
            for (String preset : t.presets()) {
                script.append("models << ").append(t.name()).append("('").append(preset).append("')\n");
                expected.add(t.model(preset).name());
            }
        }
        script.append("models*.name()\n");
        assertEquals(expected, Dsl.evaluate(Dsl.shell(Dsl.binding(session(Map.of())), true), script.toString(), "words.groovy"));
    }

    @Test
    void aScriptsOwnMethodWinsOverAModelWord() {
        assertEquals("mine", eval(session(Map.of()), "def lif() { model(name: 'mine', 'dv/dt = -v/(10*ms) : volt') }\nlif().name()"));
    }

    @Test
    void synapticValuesFromAListOnceTheSynapsesExist() {
        Session s = session(Map.of());
        Object r = eval(s, """
            def src = spikeSource('src', 2, indices: [0, 1], times: [1.ms, 1.ms])
            def g = group('g', 2, lif(tau: 1000.ms))
            def ee = connect src, g, model: 'w : volt', onPre: 'v_post += w', rule: allToAll()
            build()
            ee.w = [1.mV, 2.mV, 3.mV, 4.mV]
            run 3.ms
            [ee.w[3], g.v[1] - g.v[0]]
            """);
        java.util.List<?> list = (java.util.List<?>) r;
        assertEquals(Units.mV.of(4), list.get(0));
        // Neuron 1 got 2 + 4 mV, neuron 0 got 1 + 3 mV; the 1000 ms leak takes 0.2 % of it in 2 ms.
        assertEquals(2e-3, ((org.synfire.units.Quantity) list.get(1)).si(), 1e-5);
        ScriptException early = org.junit.jupiter.api.Assertions.assertThrows(ScriptException.class, () -> eval(s, """
            startScope()
            def a = group('a', 2, lif())
            def aa = connect a, a, model: 'w : volt', onPre: 'v_post += w'
            aa.w = [1.mV, 2.mV, 3.mV, 4.mV]
            """));
        assertTrue(early.getMessage().contains("a_a.w: one value per synapse can be given once the synapses exist: build() first"),
            early.getMessage());
    }

    @Test
    void timedArraysDriveParametersFeedFunctionsAndSetPoissonRates() {
        Object counts = eval(session(Map.of()), """
            def stepped = group('stepped', 1, lif(I: Stimuli.step(50.ms, 150.ms, 0.3.nA)))
            def rows = group('rows', 2, lif(), I: timed([[0.nA, 0.3.nA], [0.3.nA, 0.nA]], dt: 100.ms))
            def felt = group('felt', 1, model('dv/dt = (stim(t) - v)/(10*ms) : volt', threshold: 'v > 5*mV', reset: 'v = 0*mV',
                stim: timed([0.mV, 10.mV, 0.mV], dt: 50.ms)))
            def source = group('source', 1000, poisson(timed([5.Hz, 50.Hz], dt: 100.ms)))
            def a = probe spikes(stepped); def b = probe spikes(rows); def c = probe spikes(felt); def d = probe spikes(source)
            run 200.ms
            [a.trains.times(ms).toList(), b.trains.indices().toList(), c.trains.times(ms).toList(), d.count]
            """);
        List<?> r = (List<?>) counts;
        List<?> stepped = (List<?>) r.get(0);
        assertTrue(!stepped.isEmpty() && ((Number) stepped.get(0)).doubleValue() > 50
            && ((Number) stepped.get(stepped.size() - 1)).doubleValue() < 151, "fires only during the step: " + stepped);
        List<?> rows = (List<?>) r.get(1);
        assertTrue(rows.contains(0) && rows.contains(1), "neuron 1 driven first, neuron 0 after 100 ms: " + rows);
        List<?> felt = (List<?>) r.get(2);
        assertTrue(!felt.isEmpty() && ((Number) felt.get(0)).doubleValue() > 50 && ((Number) felt.get(felt.size() - 1)).doubleValue() < 101,
            "stim(t) is 10 mV from 50 to 100 ms: " + felt);
        // 1,000 sources: 500 spikes expected in the first 100 ms and 5,000 in the next.
        assertEquals(5500, ((Number) r.get(3)).doubleValue(), 400);
    }

    @Test
    void slicesOfAGroupGoWhereTheGroupGoesAndCountTheirNeuronsFromTheirStart() {
        Object r = eval(session(Map.of()), """
            seed 4
            def neurons = group('neurons', 40, lif(), I: '0.16*nA + i*3*pA')
            def exc = neurons[0..<30]
            def inh = neurons[30..-1]
            exc[0..9].v = -55.mV
            inh.I = 0.2.nA
            def ei = connect exc, inh, onPre: 'v += 0.5*mV', p: 0.2
            def all = probe spikes(neurons)
            def some = probe spikes(exc[10..19])
            def vm = probe state(inh, 'v', neurons: 0..1)
            def pop = probe rate(inh[0..4])
            build()
            def built = [exc[0..9].v.in(mV) as List, neurons.v.in(mV) as List, neurons.I.in(nA) as List]
            run 100.ms
            inh[0..1].v = [-60.mV, -61.mV]
            def wanted = all.trains.indices().findAll { it >= 10 && it < 20 }.collect { it - 10 }
            [built, some.spec.name, some.trains.indices() as List, wanted, inh.size, exc[10..19][0..4].name, [neurons.v[30].in(mV), neurons.v[31].in(mV)],
             ei.sources.max(), ei.targets.max(), report().projections()[0].source(), pop.rate.counts().sum() <= all.count]
            """);
        List<?> list = (List<?>) r;
        List<?> built = (List<?>) list.get(0);
        assertEquals(java.util.Collections.nCopies(10, -55.0), built.get(0), "a slice reads its own neurons' values");
        List<?> v = (List<?>) built.get(1);
        assertEquals(-55.0, v.get(9));
        assertEquals(-65.0, v.get(10), "the lif default beyond the slice");
        List<?> current = (List<?>) built.get(2);
        assertEquals(0.16 + 29 * 0.003, (Double) current.get(29), 1e-12, "exc keeps the group's I");
        assertEquals(0.2, (Double) current.get(30), 1e-12, "inh.I = 0.2.nA reaches inh only");
        assertEquals("spikes_neurons[10:20]", list.get(1));
        assertTrue(!((List<?>) list.get(2)).isEmpty(), "the slice fires");
        assertEquals(list.get(3), list.get(2), "a probe of a slice records its spikes, numbered from its start");
        assertEquals(10, list.get(4));
        assertEquals("neurons[10:15]", list.get(5));
        assertEquals(List.of(-60.0, -61.0), list.get(6), "set after the build on inh[0..1], read back on neurons 30 and 31");
        assertTrue((Integer) list.get(7) < 30 && (Integer) list.get(8) < 10, "sources and targets count within the slices");
        assertEquals("neurons[0:30]", list.get(9));
        assertEquals(true, list.get(10));
    }

    @Test
    void anInitializeBlockRunsPerNeuronWithTemporaries() {
        Object r = eval(session(Map.of()), """
            seed 3
            def cells = group('cells', 50, izhikevich(), initialize: 'r = rand(); c = -65*mV + 15*mV*r**2; d = 8*mV - 6*mV*r**2')
            build()
            [cells.c.in(mV) as List, cells.d.in(mV) as List]
            """);
        List<?> cd = (List<?>) r;
        List<?> c = (List<?>) cd.get(0);
        List<?> d = (List<?>) cd.get(1);
        for (int i = 0; i < c.size(); i++) {
            assertEquals(((Double) c.get(i) + 65) / 15, (8 - (Double) d.get(i)) / 6, 1e-9, "one r feeds c and d of neuron " + i);
        }
    }
}
