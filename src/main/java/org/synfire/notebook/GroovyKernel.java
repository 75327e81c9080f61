package org.synfire.notebook;

import org.synfire.dsl.Completeness;

import org.synfire.dsl.Dsl;
import org.synfire.dsl.Members;
import org.synfire.dsl.Recording;
import org.synfire.dsl.Reference;

import groovy.lang.Binding;
import groovy.lang.GroovyClassLoader;
import groovy.lang.GroovyShell;
import groovy.lang.Script;
import groovy.transform.Generated;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.runtime.DefaultGroovyMethods;
import org.codehaus.groovy.runtime.InvokerHelper;
import org.codehaus.groovy.runtime.InvokerInvocationException;
import org.codehaus.groovy.runtime.MethodClosure;
import org.codehaus.groovy.syntax.SyntaxException;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * The Groovy kernel: each cell is a script run against one binding, so variables, closures,
 * classes and top-level methods of one cell are there in the next. Compilation (imports,
 * base class, session rewrites) is {@link GroovyEvaluator}'s.
 */
final class GroovyKernel extends SynfireKernel {
    private final Binding binding = new Binding();
    private static final org.codehaus.groovy.control.CompilerConfiguration CONFIGURATION = GroovyEvaluator.configuration();

    /**
     * Every cell's class name. One name, not one per cell: the JVM's class loaders keep a lock
     * for every class name ever looked up, and Groovy looks up several per script class
     * ({@code CellMetaClass}, {@code CellBeanInfo}, ...), so a new name per cell grew the heap
     * for good. A leading underscore keeps it clear of the classes users declare ({@code class Cell}).
     */
    private static final String CELL_CLASS = "_SynfireCell";

    private final Engine<GroovyShell> shell = new Engine<>("Groovy");

    GroovyKernel() {
        super("synfire-groovy", new LanguageInfo.Builder("groovy")
            .version(groovy.lang.GroovySystem.getVersion())
            .mimetype("text/x-groovy")
            .fileExtension(".groovy")
            .pygments("groovy")
            .codemirror("groovy")
            .build());
        // Script.println writes to the binding's "out", and looks for it by catching an exception
        // when there is none: a cost per line that dominated a printing loop.
        binding.setVariable("out", cellOut());
    }

    @Override
    void warmUp() {
        shell.start(() -> {
            GroovyShell s = GroovyEvaluator.newShell(binding);
            // Loads the compiler and the imported classes before the first cell needs them.
            s.parse("ms.of(1)", "WarmUp.groovy").run();
            warmUpFirstFigure();
            return s;
        });
    }

    /**
     * The first network and the first figure of a JVM are slow (the DSL's classes, the kernel
     * compiler, AWT and fonts load on first use), so once the kernel answers, a background thread
     * builds, runs and plots a tiny network in a throwaway session, and the user's first such
     * cell finds everything loaded.
     */
    private static void warmUpFirstFigure() {
        Thread t = new Thread(() -> {
            try {
                GroovyShell scratch = GroovyEvaluator.newShell(new Binding());
                Object figure = scratch.parse("def g = group('warm', 2, lif(), I: 1.nA)\ndef s = probe spikes(g)\nrun 5.ms\nraster(s)",
                    "WarmUpFigure.groovy").run();
                ((org.synfire.plot.Figure) figure).png();
            } catch (RuntimeException | LinkageError e) {
                // Only a head start is lost: the user's own first cell loads what it needs.
            }
        }, "synfire-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private GroovyShell shell() {
        return shell.get();
    }

    @Override
    public Object evalRaw(String code) {
        GroovyShell groovy = shell();
        String name = CELL_CLASS;
        CellClasses cell;
        try {
            cell = compile(groovy, code, name);
        } catch (MultipleCompilationErrorsException e) {
            throw compileError(e, code);
        }
        Class<?> compiled = cell.script();
        if (!Script.class.isAssignableFrom(compiled)) {
            // A cell that only declares classes: they now live in the shell's class loader.
            return null;
        }
        Script script = InvokerHelper.createScript(compiled, binding);
        String file = name + ".groovy";
        try {
            Object result = onCellThread(script::run);
            keepMethods(script);
            return result;
        } catch (CellRunner.Interrupted e) {
            keepMethods(script);
            throw e;
        } catch (Exception | Error e) {
            keepMethods(script);
            Throwable t = e;
            while ((t instanceof InvokerInvocationException || t instanceof InvocationTargetException) && t.getCause() != null) {
                t = t.getCause();
            }
            throw CellError.of(t, GroovyKernel::errorName, Dsl.explain(t, groovy, code),
                frame -> file.equals(frame.getFileName()) ? frame.getLineNumber() : 0, code);
        } finally {
            // Groovy's per-class caches (metaclasses) hold a class and its loader for good; they are
            // rebuilt on demand if the cell's closures or methods, kept in the binding, run again.
            cell.disposable().forEach(InvokerHelper::removeClass);
        }
    }

    /**
     * A compiled cell: its script class, and the classes compiled with it that go when the cell
     * does (none when it declares classes, which stay for later cells).
     */
    private record CellClasses(Class<?> script, List<Class<?>> disposable) {
    }

    /**
     * A cell's class, in a class loader of its own that is collected with the cell once nothing
     * refers to it, so hundreds of cells do not pile up classes and their metaclasses. A cell that
     * declares classes is compiled again into the shell's loader, where later cells find them.
     */
    private static CellClasses compile(GroovyShell groovy, String code, String name) {
        String file = name + ".groovy";
        try (GroovyClassLoader own = new GroovyClassLoader(groovy.getClassLoader(), CONFIGURATION)) {
            Class<?> compiled = own.parseClass(code, file);
            List<Class<?>> classes = List.of(own.getLoadedClasses());
            boolean declares = classes.stream().anyMatch(c -> !c.getName().equals(name) && !c.getName().startsWith(name + "$"));
            return declares ? new CellClasses(groovy.getClassLoader().parseClass(code, file), List.of()) : new CellClasses(compiled, classes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Binds the cell's own methods as closures: Groovy looks a missing method up in the binding,
     * so {@code def twice(x) {…}} in one cell is callable from the next. The model words every
     * script gets ({@code lif}, marked {@code @Generated}) are not the cell's own and stay out.
     */
    private void keepMethods(Script script) {
        for (Method m : script.getClass().getDeclaredMethods()) {
            String n = m.getName();
            if (!m.isSynthetic() && !m.isAnnotationPresent(Generated.class) && !n.equals("run") && !n.equals("main") && !n.contains("$")
                && Modifier.isPublic(m.getModifiers())) {
                binding.setVariable(n, new MethodClosure(script, n));
            }
        }
    }

    /**
     * The name a failed cell shows for an exception: what went wrong in words a script's author
     * knows, not the class of Groovy's runtime that noticed it ({@code MissingMethodException}).
     */
    static String errorName(Throwable t) {
        if (t instanceof groovy.lang.MissingMethodException) {
            return "UnknownMethod";
        }
        if (t instanceof groovy.lang.MissingPropertyException) {
            return "UnknownName";
        }
        if (t instanceof org.codehaus.groovy.runtime.typehandling.GroovyCastException) {
            return "WrongType";
        }
        String type = t.getClass().getName();
        return type.startsWith("groovy.") || type.startsWith("org.codehaus.groovy.") || type.startsWith("org.apache.groovy.")
            ? "ScriptError" : t.getClass().getSimpleName();
    }

    private static CellError compileError(MultipleCompilationErrorsException e, String code) {
        List<? extends Message> errors = e.getErrorCollector().getErrors();
        for (Message m : errors) {
            if (m instanceof SyntaxErrorMessage s) {
                SyntaxException x = s.getCause();
                return CellError.compile("CompilationError", x.getOriginalMessage(), code, x.getLine(), x.getStartColumn());
            }
        }
        return CellError.compile("CompilationError", e.getMessage(), code, 0, 0);
    }

    // ---- is_complete ----

    @Override
    public String isComplete(String code) {
        return switch (Completeness.of(code)) {
            case COMPLETE -> IS_COMPLETE_YES;
            case INCOMPLETE -> "    ";
            case INVALID -> IS_COMPLETE_BAD;
        };
    }

    // ---- completion and inspection ----

    /** Tab: what {@link Members#complete} offers at the cursor, as the terminal REPL offers it. */
    @Override
    public ReplacementOptions complete(String code, int at) {
        Members.Completion c = Members.complete(binding, SynfireImports.PACKAGES, SynfireImports.STATIC_MEMBERS_OF, code, at);
        return new ReplacementOptions(c.candidates(), c.start(), at);
    }

    /** A binding variable's value, or a class the cell could name, or null. */
    private Object resolve(String name) {
        if (name.isEmpty()) {
            return null;
        }
        if (!name.contains(".") && binding.hasVariable(name)) {
            return binding.getVariable(name);
        }
        return Members.classNamed(name, SynfireImports.PACKAGES);
    }

    /**
     * Shift-Tab: a variable's type and value; a DSL word's or model word's documentation (from
     * {@link Reference}, as docs/reference.md has it); a class's static methods; a member's
     * signatures, or for a model variable of a group or projection ({@code exc.v}) its unit,
     * default and values; a Groovy method such as {@code println} its signatures.
     */
    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        int start = Math.min(at, code.length());
        while (start > 0 && (Character.isJavaIdentifierPart(code.charAt(start - 1)) || code.charAt(start - 1) == '.')) {
            start--;
        }
        int end = Math.min(at, code.length());
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        String name = code.substring(start, end);
        if (!name.contains(".") && !binding.hasVariable(name)) {
            Optional<String> word = Reference.help(name);
            if (word.isPresent()) {
                return new DisplayData(word.get());
            }
        }
        Object target = resolve(name);
        if (target == null && name.contains(".")) {
            int dot = name.lastIndexOf('.');
            Object receiver = resolve(name.substring(0, dot));
            return receiver == null ? null : member(receiver, name.substring(dot + 1));
        }
        if (target instanceof Class<?> c) {
            Set<String> statics = new LinkedHashSet<>();
            for (Method m : c.getMethods()) {
                if (Modifier.isStatic(m.getModifiers())) {
                    statics.add(signature(m));
                }
            }
            return new DisplayData(c.getName() + (statics.isEmpty() ? "" : "\n\n" + String.join("\n", new TreeSet<>(statics))));
        }
        if (target != null) {
            String value = String.valueOf(target);
            return new DisplayData(name + ": " + target.getClass().getName() + " = "
                + (value.length() > 2000 ? value.substring(0, 2000) + "…" : value));
        }
        if (binding.hasVariable(name)) {
            return new DisplayData(name + " = null");
        }
        String groovy = groovyMethods(Object.class, name);
        return groovy.isEmpty() ? null : new DisplayData(groovy);
    }

    /** Help on {@code receiver.member}: a model variable's, or the signatures of the methods and getters of that name. */
    private static DisplayData member(Object receiver, String member) {
        Optional<String> variable = Reference.memberHelp(receiver, member);
        if (variable.isPresent()) {
            return new DisplayData(variable.get());
        }
        boolean statics = receiver instanceof Class<?>;
        List<Class<?>> types = new ArrayList<>(List.of(statics ? (Class<?>) receiver : receiver.getClass()));
        if (receiver instanceof Recording r) {
            // A probe handle answers with the members of what it recorded (sp.counts() is SpikeTrains.counts()).
            try {
                types.add(r.result().getClass());
            } catch (RuntimeException notRunYet) {
                // Before a run only the handle's own members are known.
            }
        }
        String getter = "get" + (member.isEmpty() ? "" : Character.toUpperCase(member.charAt(0)) + member.substring(1));
        Set<String> signatures = new TreeSet<>();
        for (Class<?> type : types) {
            Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(member) || m.getName().equals(getter) && m.getParameterCount() == 0)
                .forEach(m -> signatures.add(signature(m)));
        }
        String text = String.join("\n", signatures);
        if (!statics) {
            String groovy = groovyMethods(receiver.getClass(), member);
            text = text.isEmpty() ? groovy : groovy.isEmpty() ? text : text + "\n" + groovy;
        }
        return text.isEmpty() ? null : new DisplayData(text);
    }

    /**
     * The methods Groovy adds to {@code type} (DefaultGroovyMethods) and, on Object, those every
     * script has (Script's {@code println}, {@code print}, ...) named {@code name}, as signatures.
     */
    private static String groovyMethods(Class<?> type, String name) {
        Set<String> signatures = new TreeSet<>();
        if (type == Object.class) {
            Arrays.stream(Script.class.getMethods()).filter(m -> m.getName().equals(name) && m.getDeclaringClass() == Script.class)
                .forEach(m -> signatures.add(signature(m) + "  (every script)"));
        }
        for (Method m : DefaultGroovyMethods.class.getMethods()) {
            Class<?>[] params = m.getParameterTypes();
            if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers()) && params.length > 0 && params[0].isAssignableFrom(type)
                && !m.isAnnotationPresent(Deprecated.class)) {
                signatures.add(m.getReturnType().getSimpleName() + " " + params[0].getSimpleName() + "." + name + "("
                    + Arrays.stream(params).skip(1).map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")  (Groovy)");
            }
        }
        return String.join("\n", signatures);
    }

    private static String signature(Method m) {
        return m.getReturnType().getSimpleName() + " " + m.getDeclaringClass().getSimpleName() + "." + m.getName() + "("
            + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")";
    }

    /** The binding, for tests. */
    Map<?, ?> variables() {
        return binding.getVariables();
    }
}
