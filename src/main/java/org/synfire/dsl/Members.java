package org.synfire.dsl;

import groovy.lang.Binding;
import groovy.lang.GroovyObject;
import groovy.lang.Script;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.synfire.model.GroupSpec;

/**
 * The one listing of what users call on a value after {@code x.} and of the words a script
 * starts a line with. The terminal REPL and the Groovy notebook kernel complete from it
 * ({@link #complete}), the Java kernel completes members of a typed expression from
 * {@link #java}, and error messages suggest from it. It holds what code calls: a group's model
 * variables ({@code exc.tau}), what a probe handle records ({@code sp.count()},
 * {@code sp.counts()}), a type's public methods, and in Groovy its properties ({@code exc.size});
 * never the machinery of Groovy ({@code getMetaClass}, {@code invokeMethod}, {@code getAt}) or
 * of {@code Object} ({@code toString}, {@code hashCode}, {@code wait}).
 */
public final class Members {
    /** Methods every class has, or Groovy's protocol for properties, method calls and {@code x[i]}: not what users call. */
    private static final Set<String> MACHINERY = Set.of("equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait",
        "clone", "finalize", "getMetaClass", "setMetaClass", "invokeMethod", "getProperty", "setProperty", "methodMissing",
        "propertyMissing", "getAt", "putAt");

    /** The words of {@link Script} that scripts use as their own. */
    private static final Set<String> SCRIPT_WORDS = Set.of("print", "println", "printf");

    private Members() {
    }

    /** How a member is written after its name. */
    public enum Call {
        /** Read by name: a property, a field, a model variable ({@code exc.tau}). */
        NONE,
        /** A method without arguments ({@code sp.count()}). */
        EMPTY,
        /** A method taking arguments, in at least one of its forms ({@code simulation.run(...)}). */
        ARGUMENTS
    }

    /**
     * One member or word: its name and how it is called.
     *
     * @param name the name, e.g. {@code count}
     * @param call how it is written after the name
     */
    public record Member(String name, Call call) {
        /** {@return what completion inserts: {@code tau}, {@code count()}, {@code run(}} */
        public String completion() {
            return switch (call) {
                case NONE -> name;
                case EMPTY -> name + "()";
                case ARGUMENTS -> name + "(";
            };
        }

        /** {@return how a message names it: {@code tau}, {@code count()}, {@code run(...)}} */
        public String written() {
            return call == Call.ARGUMENTS ? name + "(...)" : completion();
        }
    }

    /**
     * What completion offers at a place in the code: the candidates replace the code from {@code start} to the cursor.
     *
     * @param start      where the text the candidates replace begins, an index into the code
     * @param candidates what may go there, in order; empty when nothing fits
     */
    public record Completion(int start, List<String> candidates) {
    }

    /**
     * What Groovy code reaches on {@code value}: the members of its type as Groovy writes them
     * ({@link #groovy}), and for a group or projection handle its model's variables and the
     * properties it reads, for a probe handle also what it records (so {@code sp.co} offers
     * {@code count()} and {@code counts()}, before the run as after it).
     *
     * @param value a variable's value
     * @return its members, by name
     */
    static List<Member> of(Object value) {
        Map<String, Member> members = new TreeMap<>();
        groovy(value.getClass()).forEach(m -> add(members, m));
        if (value instanceof Handle handle) {
            handle.properties().forEach(p -> add(members, new Member(p, Call.NONE)));
        }
        if (value instanceof Group g && g.spec() instanceof GroupSpec spec) {
            spec.model().settable().forEach(v -> add(members, new Member(v, Call.NONE)));
        } else if (value instanceof Projection p) {
            p.spec().model().settable().forEach(v -> add(members, new Member(v, Call.NONE)));
        } else if (value instanceof Recording r) {
            groovy(r.recordsAs()).forEach(m -> add(members, m));
        }
        return List.copyOf(members.values());
    }

    /**
     * The instance members of {@code type} as Groovy writes them: public methods, with getters as
     * properties ({@code getSize()} is {@code size}, {@code isEmpty()} is {@code empty}), and
     * public fields.
     *
     * @param type the class
     * @return its members, by name
     */
    public static List<Member> groovy(Class<?> type) {
        Map<String, Member> members = new TreeMap<>();
        listing(type, false).forEach(m -> add(members, m));
        for (Method m : type.getMethods()) {
            String property = property(m);
            if (property != null && callable(m, false)) {
                members.remove(m.getName());
                add(members, new Member(property, Call.NONE));
            }
        }
        return List.copyOf(members.values());
    }

    /**
     * The instance members of a class as Java calls them: its public methods and fields.
     *
     * @param type the class
     * @return its members, by name
     */
    public static List<Member> java(Class<?> type) {
        return listing(type, false);
    }

    /**
     * The static members of a class ({@code Math.abs(}, {@code Units.ms}, {@code Network.create()}).
     *
     * @param type the class
     * @return its static members, by name
     */
    static List<Member> statics(Class<?> type) {
        return listing(type, true);
    }

    /** The public methods and fields of {@code type} that users call, static ones or the others. */
    private static List<Member> listing(Class<?> type, boolean statics) {
        Map<String, Member> members = new TreeMap<>();
        methods(type, statics).forEach(m -> add(members, m));
        for (Field f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) == statics) {
                add(members, new Member(f.getName(), Call.NONE));
            }
        }
        return List.copyOf(members.values());
    }

    /**
     * The words a line can start with besides variables: the DSL's words ({@link Reference#words()},
     * {@code simulation} a property, {@code run(} a call), the model words ({@code lif(}) and
     * {@code print}, {@code println} and {@code printf}.
     *
     * @return the words, by name
     */
    public static List<Member> words() {
        Map<String, Member> words = new TreeMap<>();
        for (Reference.Entry e : Reference.words()) {
            boolean property = !e.name().equals(e.methods().get(0).getName());
            add(words, new Member(e.name(), property ? Call.NONE : call(e.methods())));
        }
        for (String model : modelWords()) {
            add(words, new Member(model, Call.ARGUMENTS));
        }
        for (Method m : Script.class.getMethods()) {
            if (SCRIPT_WORDS.contains(m.getName())) {
                add(words, new Member(m.getName(), Call.ARGUMENTS));
            }
        }
        return List.copyOf(words.values());
    }

    /**
     * The model words ({@code lif}, {@code izhikevich}, ...): methods of every compiled script,
     * one per neuron template of the library, which {@link SynfireScript} itself does not declare.
     *
     * @return the words' names
     */
    static List<String> modelWords() {
        return ModelWords.names();
    }

    /**
     * The completions of members that start with a prefix, in order.
     *
     * @param members the members
     * @param prefix  what was typed of the name
     * @return what completion inserts for each member that starts with it
     */
    public static List<String> completions(Collection<Member> members, String prefix) {
        TreeSet<String> out = new TreeSet<>();
        for (Member m : members) {
            if (m.name().startsWith(prefix)) {
                out.add(m.completion());
            }
        }
        return List.copyOf(out);
    }

    /**
     * Completion of Groovy code at {@code at}, for the REPL and the Groovy kernel alike: after
     * {@code x.} the members of the variable {@code x} ({@link #of}), of the DSL's property words
     * ({@code simulation.}) or the static members of a class; elsewhere the binding's variables,
     * the DSL's {@link #words()} and the static members of {@code staticImports}. Only names
     * starting with what was typed are offered, so a near miss never completes to another member.
     *
     * @param binding       the variables the code sees
     * @param packages      the packages the code imports, where a class name is looked up
     * @param staticImports the classes whose static members the code imports ({@code Units})
     * @param code          the code
     * @param at            the cursor, an index into the code
     * @return the candidates and the text they replace
     */
    public static Completion complete(Binding binding, List<String> packages, List<String> staticImports, String code, int at) {
        int start = at;
        while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
            start--;
        }
        String prefix = code.substring(start, at);
        List<Member> members = new ArrayList<>();
        if (start > 0 && code.charAt(start - 1) == '.') {
            int from = start - 1;
            while (from > 0 && (Character.isJavaIdentifierPart(code.charAt(from - 1)) || code.charAt(from - 1) == '.')) {
                from--;
            }
            members.addAll(receiverMembers(binding, packages, code.substring(from, start - 1)));
        } else {
            for (Object name : binding.getVariables().keySet()) {
                members.add(new Member(name.toString(), Call.NONE));
            }
            members.addAll(words());
            for (String name : staticImports) {
                Class<?> type = load(name);
                if (type != null) {
                    members.addAll(statics(type));
                }
            }
        }
        return new Completion(start, completions(members, prefix));
    }

    /** The members after {@code receiver.}: a variable's, a DSL property word's, a class's static ones; none for other code. */
    private static List<Member> receiverMembers(Binding binding, List<String> packages, String receiver) {
        if (receiver.isEmpty()) {
            return List.of();
        }
        if (!receiver.contains(".") && binding.hasVariable(receiver)) {
            Object value = binding.getVariable(receiver);
            return value == null ? List.of() : of(value);
        }
        if (!receiver.contains(".")) {
            for (Reference.Entry e : Reference.words()) {
                if (e.name().equals(receiver) && !e.name().equals(e.methods().get(0).getName())) {
                    return groovy(e.methods().get(0).getReturnType());
                }
            }
        }
        Class<?> type = classNamed(receiver, packages);
        return type == null ? List.of() : statics(type);
    }

    /**
     * The class code names {@code name}: a qualified name (a nested class as {@code Outer.Inner}),
     * or a simple one in {@code packages}, {@code java.lang}, {@code java.util} or
     * {@code java.io}; {@code null} if none.
     *
     * @param name     the name as the code writes it
     * @param packages the packages the code imports
     * @return the class, or {@code null}
     */
    public static Class<?> classNamed(String name, List<String> packages) {
        Class<?> qualified = name.contains(".") ? load(name) : null;
        if (qualified != null) {
            return qualified;
        }
        List<String> searched = new ArrayList<>(packages);
        searched.addAll(List.of("java.lang", "java.util", "java.io", "groovy.lang"));
        for (String p : searched) {
            Class<?> c = load(p + "." + name);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** A class by its name as code writes it, nested classes with dots ({@code Simulation.Progress}). */
    private static Class<?> load(String name) {
        String candidate = name;
        while (true) {
            try {
                return Class.forName(candidate, false, Members.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = candidate.lastIndexOf('.');
                if (dot < 0) {
                    return null;
                }
                candidate = candidate.substring(0, dot) + "$" + candidate.substring(dot + 1);
            }
        }
    }

    /** The public methods of {@code type}, static or not, that users call, each name once. */
    private static List<Member> methods(Class<?> type, boolean statics) {
        Map<String, List<Method>> byName = new TreeMap<>();
        for (Method m : type.getMethods()) {
            if (callable(m, statics)) {
                byName.computeIfAbsent(m.getName(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Member> out = new ArrayList<>();
        byName.forEach((name, overloads) -> out.add(new Member(name, call(overloads))));
        return out;
    }

    private static boolean callable(Method m, boolean statics) {
        if (Modifier.isStatic(m.getModifiers()) != statics || m.isSynthetic() || m.isBridge() || m.getName().contains("$")) {
            return false;
        }
        if (statics) {
            return !m.getName().equals("main");
        }
        // A handle's get(variable) and set(variable, value) are how Groovy reads and writes exc.v, not words of their own.
        boolean handleProtocol = Handle.class.isAssignableFrom(m.getDeclaringClass()) && (m.getName().equals("get") || m.getName().equals("set"));
        return !MACHINERY.contains(m.getName()) && !handleProtocol && m.getDeclaringClass() != GroovyObject.class;
    }

    private static Call call(List<Method> overloads) {
        return overloads.stream().anyMatch(m -> m.getParameterCount() > 0) ? Call.ARGUMENTS : Call.EMPTY;
    }

    /** The property a getter reads ({@code getSize} → {@code size}, {@code isEmpty} → {@code empty}), or null. */
    private static String property(Method m) {
        String n = m.getName();
        if (m.getParameterCount() != 0 || m.getReturnType() == void.class) {
            return null;
        }
        int skip = n.startsWith("get") ? 3 : n.startsWith("is") && m.getReturnType() == boolean.class ? 2 : 0;
        if (skip == 0 || n.length() == skip || !Character.isUpperCase(n.charAt(skip))) {
            return null;
        }
        return Character.toLowerCase(n.charAt(skip)) + n.substring(skip + 1);
    }

    /** Adds a member; a property and a method without arguments of one name are one member, the property. */
    private static void add(Map<String, Member> members, Member m) {
        String key = m.call() == Call.ARGUMENTS ? m.name() + "(" : m.name();
        Member present = members.get(key);
        if (present == null || m.call() == Call.NONE) {
            members.put(key, m);
        }
    }

    /**
     * Names of members, for messages and tests.
     *
     * @param members the members
     * @return their names, each once, sorted
     */
    public static List<String> names(Collection<Member> members) {
        return members.stream().map(Member::name).distinct().sorted().toList();
    }
}
