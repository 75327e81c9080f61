package org.synfire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: each package may use only the Synfire packages, classes and libraries of
 * its row in the package table of {@code docs/architecture.md}. Reads every main source file's
 * imports and fully qualified references, and the Synfire names in generated source (string
 * literals and templates of {@code codegen}), and checks them against that table.
 */
class ArchitectureTest {
    /** The public API front ends and result layers build on: never the engine, kernels, code generation or build internals. */
    private static final Set<String> PUBLIC_API = Set.of("units", "model", "model.library", "model.morphology", "connectivity", "sim", "probe",
        "analysis", "analysis.coding", "table", "plot", "sweep", "build");

    private static final Set<String> BELOW_BUILD = Set.of("units", "random", "equations", "model", "model.library", "model.morphology",
        "connectivity",
        "kernel", "codegen", "engine", "probe");

    /** The table's rows: package → the Synfire packages it may use. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
        Map.entry("units", Set.of()),
        Map.entry("random", Set.of()),
        Map.entry("equations", Set.of("units")),
        Map.entry("model", Set.of("units", "equations", "connectivity", "model.morphology")),
        Map.entry("model.library", Set.of("model", "units", "connectivity")),
        Map.entry("model.morphology", Set.of("units")),
        Map.entry("connectivity", Set.of("units", "random")),
        Map.entry("kernel", Set.of("random")),
        Map.entry("codegen", Set.of("equations", "kernel")),
        Map.entry("engine", Set.of("kernel", "probe", "random")),
        Map.entry("probe", Set.of("units")),
        Map.entry("build", BELOW_BUILD),
        Map.entry("sim", union(BELOW_BUILD, Set.of("build"))),
        Map.entry("analysis", Set.of("probe", "units", "analysis.coding")),
        Map.entry("analysis.coding", Set.of("probe", "units", "analysis")),
        Map.entry("table", Set.of("sim", "model", "model.morphology", "probe", "analysis", "analysis.coding", "units", "build")),
        Map.entry("plot", Set.of("sim", "probe", "analysis", "analysis.coding", "table", "units", "build", "model.morphology")),
        Map.entry("sweep", Set.of("table", "units", "build")),
        Map.entry("sweep.spark", Set.of("sweep")),
        Map.entry("dsl", PUBLIC_API),
        Map.entry("notebook", union(PUBLIC_API, Set.of("dsl"))),
        Map.entry("shell", union(PUBLIC_API, Set.of("dsl"))),
        Map.entry("cli", union(BELOW_BUILD, Set.of("build", "sim", "analysis", "analysis.coding", "table", "plot", "sweep", "dsl",
            "notebook", "shell"))));

    /**
     * Where a row allows only some classes of a package: "connectivity (rules only)", the engine's
     * "probe (recorder interfaces)", and the public types of {@code build}: {@code BuildReport}
     * (what {@code Simulation.report()} returns) and {@code BuildException} (what
     * {@code Simulation.build} throws, with each problem's source location). Keyed by user
     * package, then used package.
     */
    private static final Map<String, Map<String, Set<String>>> CLASSES_ONLY = classesOnly();

    private static Map<String, Map<String, Set<String>>> classesOnly() {
        Set<String> rules = Set.of("Connect", "ConnectionRule");
        Map<String, Map<String, Set<String>>> only = new HashMap<>();
        only.put("model", Map.of("connectivity", rules));
        only.put("engine", Map.of("probe", Set.of("Checkpointed", "Recorder", "SpikeSink", "StateSampler", "VariableReader", "IntList")));
        for (String results : List.of("table", "plot", "sweep")) {
            only.put(results, Map.of("build", Set.of("BuildReport", "BuildException")));
        }
        for (String front : List.of("dsl", "notebook", "shell")) {
            only.put(front, Map.of("build", Set.of("BuildReport", "BuildException"), "connectivity", rules));
        }
        return only;
    }

    /** Generated kernels may name only the contracts they implement and the functions and streams they call. */
    private static final Set<String> GENERATED = Set.of("kernel", "random");

    /** Third-party libraries by the packages that may use them. */
    private static final Map<Pattern, Set<String>> LIBRARIES = Map.of(
        Pattern.compile("\\btech\\.tablesaw\\."), Set.of("table", "plot", "sweep", "dsl", "notebook", "shell", "cli"),
        Pattern.compile("\\borg\\.knowm\\.xchart\\.|\\bde\\.erichseifert\\."), Set.of("plot", "dsl", "notebook", "shell", "cli"),
        Pattern.compile("\\b(groovy\\.|org\\.codehaus\\.groovy\\.|org\\.apache\\.groovy\\.)"), Set.of("dsl", "notebook", "shell", "cli"),
        Pattern.compile("\\bjdk\\.jshell\\."), Set.of("notebook", "shell", "cli"),
        Pattern.compile("\\borg\\.apache\\.spark\\.|\\bscala\\."), Set.of("sweep.spark"));

    /** Where main sources live: Synfire's, and the Spark module's ({@code spark/pom.xml}), which the same table governs. */
    private static final List<Path> ROOTS = List.of(Path.of("src/main/java/org/synfire"), Path.of("spark/src/main/java/org/synfire"));

    private static final Pattern REFERENCE = Pattern.compile("org\\.synfire\\.([a-z]+(?:\\.[a-z]+)*)\\.([A-Z]\\w*)");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\\n]|\\\\.)*\"");

    @Test
    void packagesUseOnlyTheirRowOfTheTable() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path root : ROOTS) {
            checkSources(root, violations);
        }
        Path templates = Path.of("src/main/resources/org/synfire/codegen");
        if (Files.isDirectory(templates)) {
            try (Stream<Path> files = Files.walk(templates)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    checkGenerated(file, Files.readString(file), violations);
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    private static void checkSources(Path root, List<String> violations) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(file.getParent()).toString().replace('/', '.');
                if (pkg.isEmpty()) {
                    continue;
                }
                assertTrue(ALLOWED.containsKey(pkg), "package org.synfire." + pkg + " is missing from the package table");
                String text = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
                String code = STRING.matcher(text).replaceAll("\"\"");
                check(file, pkg, code, violations);
                if (pkg.equals("codegen")) {
                    checkGenerated(file, text, violations);
                }
            }
        }
    }

    private static void check(Path file, String pkg, String code, List<String> violations) {
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
            String used = m.group(1);
            if (used.equals(pkg)) {
                continue;
            }
            if (!ALLOWED.get(pkg).contains(used)) {
                violations.add(file + ": org.synfire." + pkg + " must not use org.synfire." + used);
                continue;
            }
            Set<String> classes = CLASSES_ONLY.getOrDefault(pkg, Map.of()).get(used);
            if (classes != null && !classes.contains(m.group(2))) {
                violations.add(file + ": org.synfire." + pkg + " may use only " + classes + " of org.synfire." + used + ", not " + m.group(2));
            }
        }
        LIBRARIES.forEach((library, users) -> {
            Matcher l = library.matcher(code);
            if (l.find() && !users.contains(pkg)) {
                violations.add(file + ": org.synfire." + pkg + " must not use " + l.group().replaceAll("\\.$", "") + " (only " + users + " may)");
            }
        });
    }

    /** The Synfire names inside generated source: only the kernel contracts and random streams. */
    private static void checkGenerated(Path file, String text, List<String> violations) {
        Matcher strings = file.toString().endsWith(".java") ? STRING.matcher(text) : Pattern.compile("(?s).+").matcher(text);
        while (strings.find()) {
            Matcher m = REFERENCE.matcher(strings.group());
            while (m.find()) {
                if (!GENERATED.contains(m.group(1))) {
                    violations.add(file + ": generated source must not name org.synfire." + m.group(1) + "." + m.group(2)
                        + " (generated kernels may use only " + GENERATED + ")");
                }
            }
        }
    }

    @Test
    void theCheckCatchesBackReferencesRestrictedClassesLibrariesAndGeneratedNames() {
        List<String> violations = new ArrayList<>();
        check(Path.of("Engine.java"), "engine", "import org.synfire.table.Tables; import tech.tablesaw.api.Table;", violations);
        check(Path.of("Rates.java"), "analysis", "import org.synfire.engine.Engine;", violations);
        check(Path.of("GroupState.java"), "engine", "import org.synfire.probe.SpikeTrains; import org.synfire.units.Quantity;", violations);
        check(Path.of("Group.java"), "dsl", "import org.synfire.build.Builder; import org.synfire.build.BuildReport;", violations);
        check(Path.of("Plots.java"), "plot", "import org.knowm.xchart.XYChart; import groovy.lang.Closure;", violations);
        checkGenerated(Path.of("KernelSource.java"), "line(\"implements org.synfire.kernel.NeuronKernel\"); "
            + "line(\"org.synfire.engine.GroupState g;\");", violations);
        assertEquals(8, violations.size(), String.join("\n", violations));
        assertTrue(violations.get(0).contains("must not use org.synfire.table"), violations.get(0));
        assertTrue(violations.get(1).contains("must not use tech.tablesaw"), violations.get(1));
        assertTrue(violations.get(2).contains("must not use org.synfire.engine"), violations.get(2));
        assertTrue(violations.get(3).contains("may use only") && violations.get(3).contains("SpikeTrains"), violations.get(3));
        assertTrue(violations.get(4).contains("must not use org.synfire.units"), violations.get(4));
        assertTrue(violations.get(5).contains("not Builder"), violations.get(5));
        assertTrue(violations.get(6).contains("must not use groovy"), violations.get(6));
        assertTrue(violations.get(7).contains("generated source must not name org.synfire.engine.GroupState"), violations.get(7));
    }

    @Test
    void everyPackageSaysWhatItOwns() throws IOException {
        for (Path root : ROOTS) {
            try (Stream<Path> dirs = Files.walk(root)) {
                // The Spark module's folders above its one package hold no sources of their own.
                for (Path dir : dirs.filter(d -> Files.isDirectory(d) && (root.equals(ROOTS.get(0)) || holdsSources(d))).toList()) {
                    assertTrue(Files.exists(dir.resolve("package-info.java")), dir + " has no package-info.java");
                }
            }
        }
    }

    private static boolean holdsSources(Path dir) throws java.io.UncheckedIOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
