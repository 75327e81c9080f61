package org.synfire.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The skeleton of one kind of kernel class, read from a resource beside this class, with holes
 * the generators fill with translated expressions and statements (Brian2 keeps one template per
 * code object likewise, so that the class reads as a whole and the generators only translate).
 *
 * <p>The notation, Mustache's with {@code $} for braces, each marker but the inline hole alone on
 * its line:
 * <ul>
 * <li>{@code ${name}} within a line takes text; alone on a line it takes a block of lines, each
 *     indented as the marker is, and leaves no line when the block is empty;</li>
 * <li>{@code ${#name}} … {@code ${/name}} keeps its lines only when the section is on, and
 *     {@code ${^name}} … {@code ${/name}} only when it is off;</li>
 * <li>{@code ${=name}} … {@code ${/name}} defines lines that {@code ${>name}} stands for,
 *     so that a prologue several methods open with is written once (a definition may include
 *     others);</li>
 * <li>{@code ${*name}} … {@code ${/name}} repeats its lines once for each copy the generator
 *     gives, each copy filling some holes its own way (the lane passes of a vector kernel);</li>
 * <li>a line that starts with {@code ##} is a comment on the template, left out of the source.</li>
 * </ul>
 */
final class Template {
    private static final Pattern HOLE = Pattern.compile("\\$\\{(\\w+)}");
    private static final Pattern MARKER = Pattern.compile("(\\s*)\\$\\{([#^/=>*]?)(\\w+)}\\s*");

    private final String name;
    private final List<String> lines;

    private Template(String name, List<String> lines) {
        this.name = name;
        this.lines = lines;
    }

    /** The template in resource {@code name} beside this class. */
    static Template resource(String name) {
        try (InputStream in = Template.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("kernel template " + name + " is missing from the class path");
            }
            return new Template(name, expandIncludes(name, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops the comments, takes the definitions out and puts their lines in place of each {@code ${>name}}. */
    private static List<String> expandIncludes(String template, List<String> lines) {
        Map<String, List<String>> definitions = new HashMap<>();
        List<String> body = new ArrayList<>();
        List<String> defining = null;
        for (String line : lines) {
            if (line.stripLeading().startsWith("##")) {
                continue;
            }
            Matcher m = MARKER.matcher(line);
            boolean marker = m.matches();
            if (marker && m.group(2).equals("=")) {
                defining = new ArrayList<>();
                definitions.put(m.group(3), defining);
            } else if (defining != null && marker && m.group(2).equals("/") && definitions.get(m.group(3)) == defining) {
                defining = null;
            } else {
                (defining != null ? defining : body).add(line);
            }
        }
        return expand(template, body, definitions, new ArrayDeque<>());
    }

    /** {@code lines} with each include replaced by its definition, itself expanded (a definition may include others, not itself). */
    private static List<String> expand(String template, List<String> lines, Map<String, List<String>> definitions, Deque<String> within) {
        List<String> expanded = new ArrayList<>();
        for (String line : lines) {
            Matcher m = MARKER.matcher(line);
            if (m.matches() && m.group(2).equals(">")) {
                String name = m.group(3);
                List<String> definition = definitions.get(name);
                if (definition == null) {
                    throw new IllegalStateException("kernel template " + template + " includes undefined '" + name + "'");
                }
                if (within.contains(name)) {
                    throw new IllegalStateException("kernel template " + template + " includes '" + name + "' within itself");
                }
                within.push(name);
                expanded.addAll(expand(template, definition, definitions, within));
                within.pop();
            } else {
                expanded.add(line);
            }
        }
        return expanded;
    }

    /** Starts filling the holes of a copy of this template. */
    Fill fill() {
        return new Fill();
    }

    /** A block for a hole: each line followed by a newline. */
    static String block(Stream<String> lines) {
        return lines.map(line -> line + "\n").collect(Collectors.joining());
    }

    /** A line about each of {@code names} and its index, the order in which {@code bind} receives arrays and values. */
    static Stream<String> indexed(List<String> names, BiFunction<String, Integer, String> line) {
        return IntStream.range(0, names.size()).mapToObj(k -> line.apply(names.get(k), k));
    }

    /** The holes and sections of one kernel; every hole the kept lines name must be given. */
    final class Fill {
        private final Map<String, String> holes = new HashMap<>();
        private final Set<String> on = new HashSet<>();
        private final Map<String, List<Map<String, String>>> repeats = new HashMap<>();

        private Fill() {
        }

        /** Fills hole {@code hole} with {@code text}. */
        Fill put(String hole, String text) {
            holes.put(hole, text);
            return this;
        }

        /** Turns section {@code section} on or off. */
        Fill when(String section, boolean isOn) {
            if (isOn) {
                on.add(section);
            }
            return this;
        }

        /**
         * Repeats section {@code section} once for each of {@code copies}, whose holes fill the
         * copy's holes before the template's own.
         */
        Fill repeat(String section, List<Map<String, String>> copies) {
            repeats.put(section, copies);
            return this;
        }

        /** The source: the kept lines, holes filled. */
        String render() {
            return render(lines, Map.of());
        }

        private String render(List<String> body, Map<String, String> copy) {
            StringBuilder out = new StringBuilder();
            Deque<String> open = new ArrayDeque<>();
            Deque<Boolean> kept = new ArrayDeque<>();
            kept.push(true);
            for (int k = 0; k < body.size(); k++) {
                String line = body.get(k);
                Matcher m = MARKER.matcher(line);
                String kind = m.matches() ? m.group(2) : null;
                if ("*".equals(kind)) {
                    int end = closing(body, k, m.group(3));
                    List<Map<String, String>> copies = repeats.get(m.group(3));
                    if (kept.peek() && copies == null) {
                        throw new IllegalStateException("kernel template " + name + " repeats '" + m.group(3)
                            + "', which its generator gives no copies of");
                    }
                    for (Map<String, String> each : kept.peek() ? copies : List.<Map<String, String>>of()) {
                        out.append(render(body.subList(k + 1, end), each));
                    }
                    k = end;
                } else if ("#".equals(kind) || "^".equals(kind)) {
                    open.push(m.group(3));
                    kept.push(kept.peek() && on.contains(m.group(3)) == kind.equals("#"));
                } else if ("/".equals(kind)) {
                    if (!m.group(3).equals(open.poll())) {
                        throw new IllegalStateException("kernel template " + name + " closes '" + m.group(3) + "', which is not open");
                    }
                    kept.pop();
                } else if (kept.peek() && "".equals(kind)) {
                    value(m.group(3), copy).lines().forEach(l -> out.append(l.isEmpty() ? "" : m.group(1) + l).append('\n'));
                } else if (kept.peek()) {
                    out.append(HOLE.matcher(line).replaceAll(h -> Matcher.quoteReplacement(value(h.group(1), copy)))).append('\n');
                }
            }
            if (!open.isEmpty()) {
                throw new IllegalStateException("kernel template " + name + " leaves '" + open.peek() + "' open");
            }
            return out.toString();
        }

        /** The line that closes the repeated section {@code section} opened at line {@code start} of {@code body}. */
        private int closing(List<String> body, int start, String section) {
            for (int k = start + 1; k < body.size(); k++) {
                Matcher m = MARKER.matcher(body.get(k));
                if (m.matches() && m.group(2).equals("/") && m.group(3).equals(section)) {
                    return k;
                }
            }
            throw new IllegalStateException("kernel template " + name + " leaves '" + section + "' open");
        }

        private String value(String hole, Map<String, String> copy) {
            String text = copy.containsKey(hole) ? copy.get(hole) : holes.get(hole);
            if (text == null) {
                throw new IllegalStateException("kernel template " + name + " has hole '" + hole + "', which its generator does not fill");
            }
            return text;
        }
    }
}
