package org.synfire.dsl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What member completion offers, the same for every front end: the terminal REPL, the Groovy
 * kernel and the Java kernel each set up {@code sp} (a spike probe of 10 neurons, or in Java its
 * {@code SpikeTrains}), {@code simulation}, and in Groovy {@code exc} (a LIF group), then check
 * these cases through their own completion.
 */
public final class CompletionCases {
    /** Groovy (REPL line or cell) making the names the cases complete; nothing has run. */
    public static final String GROOVY_SETUP = "def exc = group('exc', 10, lif())\ndef sp = probe spikes(exc)";

    /** The same in Java: the kernel's cells see types, not DSL handles. */
    public static final String JAVA_SETUP = "Network net = Network.create(); GroupSpec exc = net.group(\"exc\", 10, Library.lif()); "
        + "SpikeProbeSpec probe = net.probe(Probe.spikes(exc)); Simulation simulation = Simulation.build(net); "
        + "SpikeTrains sp = simulation.data(probe);";

    /** Typed text → exactly the completions offered, in every front end. */
    public static final Map<String, List<String>> SHARED = Map.of(
        "sp.co", List.of("count()", "counts()"),
        "sp.coun", List.of("count()", "counts()"),
        // Near misses complete to nothing: JLine's typo matching offered sp.toString for sp.co.
        "sp.cz", List.of(),
        "sp.to", List.of(),
        "simulation.ru", List.of("run(", "runSeconds()"),
        "simulation.res", List.of("reset(", "restore("));

    /** Typed text → exactly the completions offered, in the REPL and the Groovy kernel: a group's model variables and properties. */
    public static final Map<String, List<String>> GROOVY = Map.of(
        "exc.ta", List.of("tau"),
        "exc.th", List.of("theta"),
        "exc.si", List.of("size"));

    /** Typed text → completions that must be among those offered (the start of what is there). */
    public static final Map<String, List<String>> SHARED_INCLUDES = Map.of(
        "sp.", List.of("count()", "counts()", "indices()", "recordedNeurons()", "times(", "timesOf("),
        "simulation.", List.of("data(", "group(", "run(", "t()", "threads("),
        "exc.", List.of("I", "Vr", "name", "size", "spec()", "tau", "v"));

    /** What no member completion ever offers: Groovy's machinery and Object's methods. */
    public static final List<String> NEVER = List.of("getMetaClass()", "setMetaClass(", "invokeMethod(", "getProperty(", "setProperty(",
        "metaClass", "property", "getAt(", "toString()", "hashCode()", "equals(", "getClass()", "class", "wait(", "wait()", "notify()",
        "notifyAll()");

    private CompletionCases() {
    }

    /**
     * Checks the cases on one front end.
     *
     * @param complete typed text (the cursor at its end) → the completions offered
     * @param groovy   whether it is a Groovy front end, which also has the {@link #GROOVY} cases
     */
    public static void check(Function<String, List<String>> complete, boolean groovy) {
        List<String> failures = new ArrayList<>();
        List<Map<String, List<String>>> exact = groovy ? List.of(SHARED, GROOVY) : List.of(SHARED);
        for (Map<String, List<String>> cases : exact) {
            cases.forEach((typed, expected) -> {
                List<String> offered = complete.apply(typed);
                if (!offered.equals(expected)) {
                    failures.add(typed + " → " + offered + ", expected " + expected);
                }
            });
        }
        List<String> receivers = new ArrayList<>(List.of("sp.", "simulation."));
        if (groovy) {
            receivers.add("exc.");
        }
        for (String typed : receivers) {
            List<String> offered = complete.apply(typed);
            List<String> missing = SHARED_INCLUDES.getOrDefault(typed, List.of()).stream().filter(c -> !offered.contains(c)).toList();
            List<String> machinery = NEVER.stream().filter(offered::contains).toList();
            if (!missing.isEmpty() || !machinery.isEmpty()) {
                failures.add(typed + " → " + offered + (missing.isEmpty() ? "" : ", missing " + missing)
                    + (machinery.isEmpty() ? "" : ", offers " + machinery));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
