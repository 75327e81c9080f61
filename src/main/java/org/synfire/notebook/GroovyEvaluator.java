package org.synfire.notebook;

import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import groovy.transform.ThreadInterrupt;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.customizers.ImportCustomizer;
import org.synfire.dsl.Dsl;

/**
 * How a Groovy cell is compiled: the DSL's interactive configuration ({@link Dsl#configuration}:
 * the script base class and its words, the imports, top-level declarations kept in the binding),
 * plus what only a notebook needs: the notebook calls ({@code display(x)}) and XChart's API
 * imported, and loops and closures that check the thread's interrupt flag
 * ({@link ThreadInterrupt}), so an interrupt stops a busy cell cleanly instead of by force.
 * Every Groovy shell in the notebook comes from {@link #newShell}.
 */
final class GroovyEvaluator {
    private GroovyEvaluator() {
    }

    /** A shell whose cells share {@code binding}, compiled with {@link #configuration()}. */
    static GroovyShell newShell(Binding binding) {
        return new GroovyShell(GroovyEvaluator.class.getClassLoader(), binding, configuration());
    }

    /** Imports, base class and transformations of every notebook cell. */
    static CompilerConfiguration configuration() {
        CompilerConfiguration config = Dsl.configuration(false, true);
        ImportCustomizer imports = new ImportCustomizer();
        imports.addStarImports(SynfireImports.NOTEBOOK_PACKAGES.toArray(String[]::new));
        imports.addStaticStars(SynfireImports.NOTEBOOK_STATIC_MEMBERS_OF.toArray(String[]::new));
        config.addCompilationCustomizers(imports, new ASTTransformationCustomizer(ThreadInterrupt.class));
        return config;
    }
}
