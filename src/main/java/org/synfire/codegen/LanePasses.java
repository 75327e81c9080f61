package org.synfire.codegen;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vector kernel's lane loop cut into passes, each its own loop over the block in its own method.
 * C2 inlines every Vector API call of a method before it takes the vectors apart, and holds all
 * the nodes of one compilation at once: the lanes of a model with many exponentials (Traub and
 * Miles' ten) make one compilation that briefly needs hundreds of megabytes, and C1 gives up on
 * them. Passes of a bounded size compile one after another in a fraction of that.
 *
 * <p>A pass computes some state variables' new values from the state at t, repeating what it
 * needs of the statements before (the same operations in the same order, so the same bits). A
 * new value that a later pass still reads at t goes to a scratch array, copied into the state
 * after the last pass; any other is stored in place.
 */
final class LanePasses {
    /**
     * The most calls a pass holds, counted as opening parentheses: above the lanes of CUBA's and
     * COBA's models (one pass, as before), about three of the vector exponentials Traub–Miles' lanes
     * hold ten of.
     */
    static final int MAX_CALLS = 200;

    private static final Pattern DECLARATION = Pattern.compile("(?:final )?(?:DoubleVector|LongVector|VectorMask<Double>) (\\w+) = (.*);");
    private static final Pattern ASSIGNMENT = Pattern.compile("(\\w+) = (.*);");
    private static final Pattern STORE = Pattern.compile("vs_(\\w+)\\.intoArray\\(a_(\\w+), i\\);");
    private static final Pattern ANY_STORE = Pattern.compile(".*\\.intoArray\\(\\w+, i\\);");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w$.])[A-Za-z_$][\\w$]*");

    /** One pass: its statements, and the state variables whose new values it leaves in scratch arrays. */
    record Pass(String body, List<String> scratch) {
    }

    private LanePasses() {
    }

    /** The array a pass stores {@code variable}'s new value in while a later pass still reads the old one. */
    static String scratch(String variable) {
        return "next$" + variable;
    }

    /**
     * Cuts a lane loop's body into passes.
     *
     * @param body     the statements of one iteration, one a line, without the loads of state and parameters
     * @param maxCalls the most calls a pass may hold ({@link #MAX_CALLS}), unless one new value alone needs more
     * @return the passes in the order they run; one pass with {@code body} itself when it is within {@code maxCalls}
     *     or has a statement of a form this does not follow
     */
    static List<Pass> split(String body, int maxCalls) {
        List<String> lines = body.lines().toList();
        if (calls(lines, all(lines.size())) <= maxCalls) {
            return List.of(new Pass(body, List.of()));
        }
        Map<String, Integer> defined = new HashMap<>();
        List<BitSet> needs = new ArrayList<>();
        List<Set<String>> readsAtT = new ArrayList<>();
        List<Integer> outputs = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            Matcher declaration = DECLARATION.matcher(line);
            Matcher assignment = ASSIGNMENT.matcher(line);
            String target = null;
            String read = line;
            if (declaration.matches()) {
                target = declaration.group(1);
                read = declaration.group(2);
            } else if (assignment.matches()) {
                target = assignment.group(1);
                read = assignment.group(2);
            } else if (ANY_STORE.matcher(line).matches()) {
                outputs.add(k);
            } else {
                return List.of(new Pass(body, List.of()));
            }
            BitSet need = new BitSet();
            need.set(k);
            Set<String> atT = new LinkedHashSet<>();
            Matcher names = IDENTIFIER.matcher(read);
            while (names.find()) {
                Integer at = defined.get(names.group());
                if (at != null) {
                    need.or(needs.get(at));
                } else if (names.group().startsWith("vs_")) {
                    atT.add(names.group().substring(3));
                }
            }
            for (int j = need.nextSetBit(0); j >= 0 && j < k; j = need.nextSetBit(j + 1)) {
                atT.addAll(readsAtT.get(j));
            }
            needs.add(need);
            readsAtT.add(atT);
            if (target != null) {
                defined.put(target, k);
            }
        }
        List<BitSet> groups = new ArrayList<>();
        List<Set<String>> stored = new ArrayList<>();
        for (int out : outputs) {
            BitSet last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            BitSet joined = last == null ? null : (BitSet) last.clone();
            if (joined != null) {
                joined.or(needs.get(out));
            }
            if (joined != null && calls(lines, joined) <= maxCalls) {
                last.or(needs.get(out));
            } else {
                groups.add((BitSet) needs.get(out).clone());
                stored.add(new LinkedHashSet<>());
            }
            Matcher store = STORE.matcher(lines.get(out));
            if (store.matches() && store.group(1).equals(store.group(2))) {
                stored.get(stored.size() - 1).add(store.group(1));
            }
        }
        List<Pass> passes = new ArrayList<>();
        for (int p = 0; p < groups.size(); p++) {
            Set<String> laterReads = new LinkedHashSet<>();
            for (int q = p + 1; q < groups.size(); q++) {
                BitSet g = groups.get(q);
                for (int k = g.nextSetBit(0); k >= 0; k = g.nextSetBit(k + 1)) {
                    laterReads.addAll(readsAtT.get(k));
                }
            }
            List<String> scratch = stored.get(p).stream().filter(laterReads::contains).toList();
            StringBuilder text = new StringBuilder();
            BitSet g = groups.get(p);
            for (int k = g.nextSetBit(0); k >= 0; k = g.nextSetBit(k + 1)) {
                String line = lines.get(k);
                Matcher store = STORE.matcher(line);
                if (store.matches() && scratch.contains(store.group(1))) {
                    line = "vs_" + store.group(1) + ".intoArray(" + scratch(store.group(1)) + ", i);";
                }
                text.append(line).append('\n');
            }
            passes.add(new Pass(text.toString(), scratch));
        }
        return passes;
    }

    private static BitSet all(int n) {
        BitSet b = new BitSet();
        b.set(0, n);
        return b;
    }

    private static int calls(List<String> lines, BitSet which) {
        int n = 0;
        for (int k = which.nextSetBit(0); k >= 0; k = which.nextSetBit(k + 1)) {
            n += (int) lines.get(k).chars().filter(c -> c == '(').count();
        }
        return n;
    }
}
