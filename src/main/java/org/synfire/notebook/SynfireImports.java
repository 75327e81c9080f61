package org.synfire.notebook;

import java.util.List;
import java.util.stream.Stream;
import org.synfire.dsl.Dsl;

/**
 * What a cell can name without importing it, in both kernels: what every Synfire script imports
 * ({@link Dsl#PACKAGES}: Synfire's user-facing packages, Tablesaw's API, the units as
 * {@code ms.of(5)}), plus XChart's API and the notebook calls ({@code display(x)}).
 */
final class SynfireImports {
    /** Imported by cells beyond what scripts import. */
    static final List<String> NOTEBOOK_PACKAGES = List.of("org.knowm.xchart");
    static final List<String> NOTEBOOK_STATIC_MEMBERS_OF = List.of("org.synfire.notebook.Notebook");

    static final List<String> PACKAGES = Stream.concat(Dsl.PACKAGES.stream(), NOTEBOOK_PACKAGES.stream()).toList();
    static final List<String> STATIC_MEMBERS_OF = Stream.concat(Dsl.STATIC_IMPORTS.stream(), NOTEBOOK_STATIC_MEMBERS_OF.stream()).toList();

    private SynfireImports() {
    }

    /**
     * The same imports as Java source, one declaration a line, after {@code java.util.*}, which
     * the jshell tool imports by default and Groovy always has ({@code List}, {@code Map}).
     */
    static List<String> javaDeclarations() {
        return Stream.concat(Stream.of("import java.util.*;"), Stream.concat(
            PACKAGES.stream().map(p -> "import " + p + ".*;"),
            STATIC_MEMBERS_OF.stream().map(c -> "import static " + c + ".*;"))).toList();
    }
}
