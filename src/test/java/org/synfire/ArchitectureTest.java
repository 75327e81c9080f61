package org.synfire;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way (design.md): each package may import only the Synfire packages listed here.
 * Reads every main source file's imports (and fully qualified references) and checks them.
 */
class ArchitectureTest {
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
        Map.entry("units", Set.of()),
        Map.entry("random", Set.of()),
        Map.entry("equations", Set.of("units")),
        Map.entry("connectivity", Set.of("units", "random")),
        Map.entry("kernel", Set.of("random")),
        Map.entry("codegen", Set.of("equations", "kernel")),
        Map.entry("probe", Set.of("units")),
        Map.entry("engine", Set.of("kernel", "probe", "units", "random")),
        Map.entry("model", Set.of("units", "equations", "connectivity")),
        Map.entry("model.library", Set.of("model", "units", "equations", "connectivity")),
        Map.entry("build", Set.of("units", "random", "equations", "connectivity", "kernel", "codegen", "model", "engine", "probe")),
        Map.entry("analysis", Set.of("units", "probe", "engine", "model")),
        Map.entry("analysis.coding", Set.of("units", "probe", "analysis")),
        Map.entry("table", Set.of("units", "probe", "engine", "model", "analysis", "analysis.coding")),
        Map.entry("plot", Set.of("units", "probe", "engine", "model", "analysis", "analysis.coding", "table")),
        Map.entry("dsl", Set.of("units", "connectivity", "model", "model.library", "engine", "probe", "build", "analysis",
            "analysis.coding", "table", "plot")),
        Map.entry("shell", Set.of("dsl", "engine", "model", "plot")),
        // The kernels may use everything a user can; only the command line sits above them.
        Map.entry("notebook", Set.of("units", "random", "equations", "connectivity", "codegen", "model", "model.library",
            "engine", "probe", "build", "dsl", "table", "plot", "analysis", "analysis.coding")),
        Map.entry("cli", Set.of("units", "random", "equations", "connectivity", "codegen", "model", "model.library", "engine",
            "probe", "build", "dsl", "shell", "analysis", "analysis.coding", "table", "plot", "notebook")));

    /** Only these may use the table and chart libraries: the engine and the probes stay headless and table-free. */
    private static final Set<String> RESULTS = Set.of("table", "plot", "dsl", "shell", "cli", "notebook");
    private static final Pattern LIBRARY = Pattern.compile("\\b(tech\\.tablesaw|org\\.knowm\\.xchart|de\\.erichseifert)\\.");

    private static final Pattern REFERENCE = Pattern.compile("org\\.synfire\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");

    @Test
    void packagesImportOnlyWhatIsUpstream() throws IOException {
        Path root = Path.of("src/main/java/org/synfire");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(file.getParent()).toString().replace('/', '.');
                if (pkg.isEmpty()) {
                    continue;
                }
                Set<String> allowed = ALLOWED.get(pkg);
                assertTrue(allowed != null, "package org.synfire." + pkg + " is missing from the dependency table");
                // Only code counts: comments may point anywhere, and generated source names engine
                // types inside string literals.
                String code = Files.readString(file)
                    .replaceAll("(?s)/\\*.*?\\*/", "")
                    .replaceAll("//[^\n]*", "")
                    .replaceAll("\"[^\"\n]*\"", "\"\"");
                check(file, pkg, allowed, code, violations);
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    private static void check(Path file, String pkg, Set<String> allowed, String text, List<String> violations) {
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String used = m.group(1);
            if (!used.equals(pkg) && !allowed.contains(used)) {
                violations.add(file + ": org.synfire." + pkg + " must not use org.synfire." + used);
            }
        }
        Matcher library = LIBRARY.matcher(text);
        if (!RESULTS.contains(pkg) && library.find()) {
            violations.add(file + ": org.synfire." + pkg + " must not use " + library.group(1) + " (only table and plot may)");
        }
    }

    @Test
    void theCheckCatchesBackReferencesAndLibrariesDownstream() {
        List<String> violations = new ArrayList<>();
        check(Path.of("Simulation.java"), "engine", ALLOWED.get("engine"),
            "import org.synfire.table.Tables; import tech.tablesaw.api.Table;", violations);
        check(Path.of("Rates.java"), "analysis", ALLOWED.get("analysis"), "import org.synfire.plot.Plots;", violations);
        check(Path.of("Plots.java"), "plot", ALLOWED.get("plot"),
            "import org.synfire.analysis.coding.RateCode; import org.knowm.xchart.XYChart;", violations);
        assertTrue(violations.size() == 3, String.join("\n", violations));
        assertTrue(violations.get(0).contains("must not use org.synfire.table"), violations.get(0));
        assertTrue(violations.get(1).contains("must not use tech.tablesaw"), violations.get(1));
    }

    @Test
    void everyPackageSaysWhatItOwns() throws IOException {
        try (Stream<Path> dirs = Files.walk(Path.of("src/main/java/org/synfire"))) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                assertTrue(Files.exists(dir.resolve("package-info.java")), dir + " has no package-info.java");
            }
        }
    }
}
