package org.synfire.dsl;

import groovy.lang.Closure;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.synfire.model.NeuronModel;
import org.synfire.model.ProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.units.Quantity;

/**
 * The forms of the DSL's words, read from {@link SynfireScript}, for explaining a call that fits
 * none of them: which argument is wrong, what it should be, and how the word is written.
 */
final class Signatures {
    private Signatures() {
    }

    /**
     * Why {@code word(args)} fits no form of the word, or empty if {@code word} is not a DSL word.
     * Named arguments arrive as a leading map, as Groovy passes them; positions count the others.
     */
    static Optional<String> mismatch(String word, Object[] args) {
        List<Method> forms = forms(word);
        if (forms.isEmpty()) {
            return Optional.empty();
        }
        boolean named = args.length > 0 && args[0] instanceof Map;
        List<Method> candidates = forms.stream().filter(m -> takesNamed(m) == named).toList();
        if (candidates.isEmpty()) {
            return Optional.of(word + (named ? " takes no named arguments" : " needs named arguments") + written(word, forms));
        }
        Method best = null;
        int furthest = -1;
        for (Method m : candidates) {
            int fit = firstMismatch(m, args);
            if (fit > furthest) {
                furthest = fit;
                best = m;
            }
        }
        if (best == null) {
            int given = args.length - (named ? 1 : 0);
            return Optional.of(word + " was given " + given + " argument" + (given == 1 ? "" : "s") + written(word, forms));
        }
        int offset = named ? 1 : 0;
        Parameter[] parameters = best.getParameters();
        Parameter expected = parameters[Math.min(furthest, parameters.length - 1)];
        Class<?> type = expected.isVarArgs() ? expected.getType().getComponentType() : expected.getType();
        Object given = args[furthest];
        return Optional.of(word + ": argument " + (furthest - offset + 1) + " (" + expected.getName() + ") is " + describe(given, type)
            + "; expected " + expect(type, given) + written(word, forms));
    }

    /**
     * The public methods of {@link SynfireScript} named {@code word}, fewest parameters first, then
     * by their parameter types' names: getDeclaredMethods has no order, and the first of equally
     * good forms is the one a message explains.
     */
    static List<Method> forms(String word) {
        return Arrays.stream(SynfireScript.class.getDeclaredMethods())
            .filter(m -> m.getName().equals(word) && Modifier.isPublic(m.getModifiers()))
            .sorted(Comparator.comparingInt(Method::getParameterCount).thenComparing(m -> Arrays.toString(m.getParameterTypes())))
            .toList();
    }

    private static boolean takesNamed(Method m) {
        return m.getParameterCount() > 0 && m.getParameterTypes()[0] == Map.class;
    }

    /** The index of the first argument that does not fit {@code m}; -1 when the counts differ or every argument fits. */
    private static int firstMismatch(Method m, Object[] args) {
        Class<?>[] types = m.getParameterTypes();
        int fixed = m.isVarArgs() ? types.length - 1 : types.length;
        if (args.length < fixed || (!m.isVarArgs() && args.length > fixed)) {
            return -1;
        }
        for (int i = 0; i < args.length; i++) {
            Class<?> type = i < fixed ? types[i] : types[fixed].getComponentType();
            if (!fits(type, args[i])) {
                return i;
            }
        }
        return -1;
    }

    private static boolean fits(Class<?> type, Object value) {
        if (value == null) {
            return !type.isPrimitive();
        }
        Class<?> boxed = type == long.class ? Long.class : type == int.class ? Integer.class : type == double.class ? Double.class
            : type == boolean.class ? Boolean.class : type;
        if (boxed == Long.class || boxed == Integer.class) {
            return value instanceof Integer || value instanceof Long;
        }
        if (boxed == Double.class) {
            return value instanceof Number;
        }
        return boxed.isInstance(value);
    }

    private static String describe(Object value, Class<?> expected) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence s) {
            return "'" + s + "' (text)";
        }
        if (value instanceof Number n) {
            return n + (expected == Quantity.class ? " (a number without a unit)" : " (a number)");
        }
        if (value instanceof Quantity q) {
            return q + " (a quantity)";
        }
        if (value instanceof Group g) {
            return "group '" + g.name() + "'";
        }
        if (value instanceof Projection p) {
            return "projection '" + p.name() + "'";
        }
        if (value instanceof Recording r) {
            return "probe '" + r.spec().name() + "'";
        }
        if (value instanceof List<?> list) {
            return "a list of " + list.size();
        }
        return "a " + value.getClass().getSimpleName();
    }

    private static String expect(Class<?> type, Object given) {
        if (type == Quantity.class) {
            return given instanceof Number n ? "a quantity with its unit, e.g. " + n + ".ms" : "a quantity with its unit, e.g. 100.ms";
        }
        if (type == long.class || type == int.class) {
            return "a whole number";
        }
        if (type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (type == Group.class) {
            return given instanceof CharSequence ? "a group: the variable from def x = group(...), not its name in quotes" : "a group";
        }
        if (type == Location.class) {
            return "a place on spatial neurons such as cells.dend[400.um]";
        }
        if (type == Projection.class) {
            return "a projection: the variable from def x = connect(...)";
        }
        if (type == NeuronModel.class) {
            return "a neuron model such as lif() or model('...')";
        }
        if (type == SynapseModel.class) {
            return "a synapse model such as stdp(...)";
        }
        if (type == Recording.class) {
            return "a probe: the variable from def x = probe spikes(...)";
        }
        if (ProbeSpec.class.isAssignableFrom(type)) {
            return "a probe description such as spikes(exc) or state(exc, 'v')";
        }
        if (type == Closure.class) {
            return "a block { ... }";
        }
        return "a " + type.getSimpleName();
    }

    /** "; write it as run(duration)" with every form of the word. */
    private static String written(String word, List<Method> forms) {
        return "; write it as " + String.join(" or ", shapes(word, forms));
    }

    /** How each form of a word is written, named arguments shown once as "name: value, ...", e.g. {@code run(duration)}. */
    static Set<String> shapes(String word, List<Method> forms) {
        Set<String> shapes = new LinkedHashSet<>();
        for (Method m : forms) {
            List<String> names = new ArrayList<>();
            for (Parameter p : m.getParameters()) {
                names.add(p.getType() == Map.class && names.isEmpty() ? "name: value, ..." : p.isVarArgs() || p.getType() == List.class ? p.getName() + "..." : p.getName());
            }
            shapes.add(word + "(" + String.join(", ", names) + ")");
        }
        return shapes;
    }
}
