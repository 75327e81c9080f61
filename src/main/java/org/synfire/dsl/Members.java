package org.synfire.dsl;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.TreeSet;

/**
 * The names a value answers to after {@code x.}: public methods, bean properties and, for groups
 * and projections, model variables. The REPL completes them; error messages suggest from them.
 */
public final class Members {
    private Members() {
    }

    public static TreeSet<String> of(Object value) {
        TreeSet<String> names = words(value.getClass());
        if (value instanceof Group g && g.spec() instanceof org.synfire.model.GroupSpec spec) {
            names.addAll(spec.model().settable());
        } else if (value instanceof Projection p) {
            names.addAll(p.spec().model().settable());
        }
        return names;
    }

    /**
     * The model words ({@code lif}, {@code izhikevich}, ...): methods of every compiled script,
     * one per neuron template of the library, which {@link SynfireScript} itself does not declare.
     */
    public static List<String> modelWords() {
        return ModelWords.names();
    }

    /**
     * Public method names of {@code type}, with getters also as properties ({@code getSize} gives
     * {@code size}); for the script base class also the {@link #modelWords()} each script gets.
     */
    public static TreeSet<String> words(Class<?> type) {
        TreeSet<String> names = new TreeSet<>();
        if (SynfireScript.class.isAssignableFrom(type)) {
            names.addAll(modelWords());
        }
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class
                || m.getDeclaringClass().getName().startsWith("groovy.lang.")) {
                continue;
            }
            String name = m.getName();
            names.add(name);
            if (name.startsWith("get") && name.length() > 3 && m.getParameterCount() == 0) {
                names.add(Character.toLowerCase(name.charAt(3)) + name.substring(4));
            }
        }
        return names;
    }
}
