package org.synfire.dsl;

import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import groovy.lang.Script;
import groovy.transform.CompileStatic;
import java.util.List;
import java.util.Set;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.customizers.ImportCustomizer;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * How Synfire compiles Groovy: the script base class and the library's model words
 * ({@link ModelWords}), the imports every script gets, static compilation on request, and for
 * interactive use (REPL lines, notebook cells) top-level {@code def x = ...} kept in the binding
 * so the next line sees {@code x}. Every front end
 * (the {@code synfire} command, the REPL, the notebook kernel) gets its shell here.
 */
public final class Dsl {
    /** Names Groovy reads as primitive types, which a script class cannot carry. */
    private static final Set<String> PRIMITIVE_NAMES = Set.of("boolean", "byte", "char", "short", "int", "long", "float", "double", "void");

    /** Packages every script imports (and the notebook kernels, Groovy and Java, and JShell). */
    public static final List<String> PACKAGES = List.of("org.synfire.model", "org.synfire.model.library", "org.synfire.model.morphology",
        "org.synfire.units", "org.synfire.connectivity", "org.synfire.sim", "org.synfire.probe", "org.synfire.dsl", "org.synfire.table",
        "org.synfire.analysis", "org.synfire.analysis.coding", "org.synfire.plot", "tech.tablesaw.api");

    /** Classes whose static members every script imports ({@code mV}, {@code ms} as units, e.g. {@code exc.v.in(mV)}). */
    public static final List<String> STATIC_IMPORTS = List.of("org.synfire.units.Units");

    private Dsl() {
    }

    /**
     * The compiler settings of Synfire scripts.
     *
     * @param statically  compile with {@code @CompileStatic}: typos and wrong types become compile
     *                    errors and scripts run faster, but state must be read with {@code get}/{@code set}
     * @param interactive keep top-level declarations in the binding (REPL, notebook)
     * @return a new configuration
     */
    public static CompilerConfiguration configuration(boolean statically, boolean interactive) {
        CompilerConfiguration config = new CompilerConfiguration();
        config.setScriptBaseClass(SynfireScript.class.getName());
        ImportCustomizer imports = new ImportCustomizer();
        imports.addStarImports(PACKAGES.toArray(String[]::new));
        STATIC_IMPORTS.forEach(imports::addStaticStars);
        config.addCompilationCustomizers(imports, new ModelWords());
        if (statically) {
            config.addCompilationCustomizers(new ASTTransformationCustomizer(CompileStatic.class));
        }
        if (interactive) {
            config.addCompilationCustomizers(new BindingDeclarations());
        }
        return config;
    }

    /**
     * A shell for whole scripts (the {@code synfire run} command).
     *
     * @param binding    the scripts' variables, e.g. from {@link #binding(Session)}
     * @param statically compile with {@code @CompileStatic}
     * @return the shell
     */
    public static GroovyShell shell(Binding binding, boolean statically) {
        return new GroovyShell(Dsl.class.getClassLoader(), binding, configuration(statically, false));
    }

    /**
     * A shell whose evaluations share state through {@code binding} (the REPL and the notebook).
     *
     * @param binding the variables every evaluation sees and adds to
     * @return the shell
     */
    public static GroovyShell interactiveShell(Binding binding) {
        return new GroovyShell(Dsl.class.getClassLoader(), binding, configuration(false, true));
    }

    /**
     * A binding holding {@code session}, for a shell whose scripts should use it.
     *
     * @param session the session the scripts describe and run their network in
     * @return a new binding
     */
    public static Binding binding(Session session) {
        Binding b = new Binding();
        b.setVariable(SynfireScript.SESSION, session);
        return b;
    }

    /**
     * What went wrong in code run by {@code shell}, said as the DSL says it (an unknown word with
     * the nearest known ones, an unknown property of a result, a DSL word used at the wrong time),
     * without the place: for front ends that mark the line themselves.
     *
     * @param e     what the code threw
     * @param shell the shell that ran it, whose variables are the names a misspelt one is compared with
     * @param text  the code
     * @return the message, one or a few lines
     */
    public static String explain(Throwable e, GroovyShell shell, String text) {
        return ScriptErrors.what(e, text, variables(shell), false);
    }

    private static Set<String> variables(GroovyShell shell) {
        return variableNames(shell.getContext());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> variableNames(Binding binding) {
        return binding.getVariables().keySet();
    }

    /**
     * Compiles and runs {@code text} as the script {@code fileName}, turning every failure into a
     * {@link ScriptException} whose message names the script line (and the DSL word).
     *
     * @param shell    the shell, whose binding the script runs on
     * @param text     the script
     * @param fileName its name, for messages and the script class
     * @return what the script's last statement gives
     * @throws ScriptException for any failure, compiling or running
     */
    public static Object evaluate(GroovyShell shell, String text, String fileName) {
        return compile(shell, text, fileName).run(shell.getContext());
    }

    /**
     * Compiles {@code text} once, to be run many times (each point of a study) with a binding of
     * its own.
     *
     * @param shell    the shell whose settings compile it
     * @param text     the script
     * @param fileName its name, for messages and the script class
     * @return the compiled script
     * @throws ScriptException naming the line of a compile error
     */
    public static Compiled compile(GroovyShell shell, String text, String fileName) {
        String compiledAs = compilableName(fileName);
        try {
            return new Compiled(shell.parse(text, compiledAs).getClass(), text, fileName, compiledAs);
        } catch (RuntimeException e) {
            throw ScriptErrors.wrap(e, fileName, compiledAs, text, variables(shell));
        }
    }

    /**
     * Compiles and runs {@code text} as {@link #shell(Binding, boolean) shell(binding, statically)}
     * would, with the compiled classes taken from {@code cache} when it holds this script (a script
     * run again skips the compiler) and stored there otherwise; failures as in
     * {@link #evaluate(GroovyShell, String, String)}.
     *
     * @param binding    the variables the script runs on
     * @param statically compile with {@code @CompileStatic}
     * @param text       the script
     * @param fileName   its name, for messages and the script class
     * @param cache      compiled scripts by text and settings
     * @return what the script's last statement gives
     * @throws ScriptException for any failure, compiling or running
     */
    public static Object evaluate(Binding binding, boolean statically, String text, String fileName, ScriptCache cache) {
        String compiledAs = compilableName(fileName);
        Class<?> type;
        try {
            type = cache.compile(text, compiledAs, statically).scriptClass();
        } catch (RuntimeException e) {
            throw ScriptErrors.wrap(e, fileName, compiledAs, text, variableNames(binding));
        }
        return new Compiled(type, text, fileName, compiledAs).run(binding);
    }

    /**
     * A compiled script: each {@link #run} makes a new instance on the binding given, so runs on
     * several threads at once share nothing but the class.
     */
    public static final class Compiled {
        private final Class<?> type;
        private final String text;
        private final String fileName;
        private final String compiledAs;

        private Compiled(Class<?> type, String text, String fileName, String compiledAs) {
            this.type = type;
            this.text = text;
            this.fileName = fileName;
            this.compiledAs = compiledAs;
        }

        /**
         * Runs the script on a binding.
         *
         * @param binding the variables it runs on
         * @return what its last statement gives
         * @throws ScriptException for any failure, naming the script line
         */
        public Object run(Binding binding) {
            Script script = InvokerHelper.createScript(type, binding);
            try {
                return script.run();
            } catch (RuntimeException | StackOverflowError e) {
                throw ScriptErrors.wrap(e, fileName, compiledAs, text, variableNames(binding));
            }
        }
    }

    /**
     * The name to compile {@code fileName} under: Groovy names the script class after the file,
     * and a class named after a primitive type ({@code long.groovy}) compiles to bytecode the JVM
     * rejects, so those get a trailing underscore ({@code long_.groovy}).
     */
    static String compilableName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot < 0 ? fileName : fileName.substring(0, dot);
        return PRIMITIVE_NAMES.contains(base) ? base + "_" + fileName.substring(base.length()) : fileName;
    }
}
