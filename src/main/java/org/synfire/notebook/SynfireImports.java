package org.synfire.notebook;

import java.util.List;

/**
 * What a cell can name without importing it, in both kernels: Synfire's user-facing packages,
 * Tablesaw's and XChart's APIs, the units ({@code ms.of(5)}) and the notebook calls
 * ({@code display(x)}).
 */
final class SynfireImports {
    static final List<String> PACKAGES = List.of(
        "org.synfire.units",
        "org.synfire.model",
        "org.synfire.model.library",
        "org.synfire.connectivity",
        "org.synfire.build",
        "org.synfire.engine",
        "org.synfire.probe",
        "tech.tablesaw.api",
        "org.knowm.xchart");

    static final List<String> STATIC_MEMBERS_OF = List.of(
        "org.synfire.units.Units",
        "org.synfire.notebook.Notebook");

    private SynfireImports() {
    }

    /** The same imports as Java source, one declaration a line. */
    static List<String> javaDeclarations() {
        return java.util.stream.Stream.concat(
            PACKAGES.stream().map(p -> "import " + p + ".*;"),
            STATIC_MEMBERS_OF.stream().map(c -> "import static " + c + ".*;")).toList();
    }
}
