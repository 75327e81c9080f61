package org.synfire.codegen;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.synfire.equations.Expr;
import org.synfire.equations.Functions;

/**
 * Writes expressions as Java source. Names are mapped to Java locals by a naming function;
 * anonymous random-number calls get distinct call-site numbers and named ones their own (so a
 * named draw emitted twice is the same number, and may be computed once); and, when hoisting is on, maximal
 * subtrees that are the same for every neuron (depending only on shared parameters, time and
 * constants) and cost something (a call, a division, a power) become locals computed once
 * before the neuron loop.
 */
final class JavaEmitter {
    private final Function<String, String> naming;
    private final Set<String> invariantNames;
    private final Map<String, String> hoisted;
    private final int[] nextSite;
    private final Map<String, String> tableCalls;
    private final String randomIndex;
    private final boolean hoisting;
    private Map<String, String> common;
    private final java.util.List<String> pending = new java.util.ArrayList<>();

    /**
     * @param naming         model name → Java expression (a local, or a literal)
     * @param invariantNames names equal for all neurons within a step
     * @param hoisted        emitted code → hoisted local, shared by the emitters of one method; {@code null} disables hoisting
     * @param nextSite       shared counter of random-number call sites, so no two sites of a kernel share numbers
     * @param tableCalls     tabulated function name → Java prefix of the call, e.g. {@code KernelMath.table(tb0, tdt0, }
     * @param randomIndex    the Java local that indexes random streams: the neuron, or the synapse
     */
    JavaEmitter(Function<String, String> naming, Set<String> invariantNames, Map<String, String> hoisted, int[] nextSite,
                Map<String, String> tableCalls, String randomIndex) {
        this.naming = naming;
        this.invariantNames = invariantNames;
        this.hoisted = hoisted;
        this.nextSite = nextSite;
        this.tableCalls = tableCalls;
        this.randomIndex = randomIndex;
        this.hoisting = hoisted != null;
    }

    /**
     * Turns on common-subexpression elimination of per-neuron function calls: a call emitted
     * twice (HH rate functions appear in both coefficients of exponential Euler) is computed once
     * into a local declared just before the statement that first needs it.
     */
    void eliminateCommonCalls() {
        common = new java.util.HashMap<>();
    }

    /** Forgets shared calls, because the state they read is about to change. */
    void forgetCommonCalls() {
        if (common != null) {
            common.clear();
        }
    }

    /** The declarations of shared calls made by the last emitted statement, to place before it. */
    String takeDeclarations() {
        StringBuilder out = new StringBuilder();
        pending.forEach(line -> out.append(line).append('\n'));
        pending.clear();
        return out.toString();
    }

    /** Declarations of the hoisted locals, to place before the loop. */
    String hoistedDeclarations() {
        StringBuilder out = new StringBuilder();
        hoisted.forEach((code, local) -> out.append("final double ").append(local).append(" = ").append(code).append(";\n"));
        return out.toString();
    }

    String emit(Expr e) {
        // Hoisted locals are doubles, so conditions stay in place (their costly operands are hoisted).
        if (hoisting && !(e instanceof Expr.Num) && !(e instanceof Expr.Name) && !isCondition(e) && isCostly(e) && isInvariant(e)) {
            String code = emitDirect(e);
            return hoisted.computeIfAbsent(code, c -> "h" + hoisted.size());
        }
        if (common != null && e instanceof Expr.Call c && !Functions.RANDOM.contains(c.function())) {
            String code = emitDirect(e);
            String local = common.get(code);
            if (local == null) {
                local = "c" + common.size();
                common.put(code, local);
                pending.add("final double " + local + " = " + code + ";");
            }
            return local;
        }
        return emitDirect(e);
    }

    private String emitDirect(Expr e) {
        if (e instanceof Expr.Num n) {
            return literal(n.value());
        }
        if (e instanceof Expr.Name n) {
            return naming.apply(n.name());
        }
        if (e instanceof Expr.Unary u) {
            return u.op().equals("not") ? "(!" + emit(u.operand()) + ")" : "(-" + number(u.operand()) + ")";
        }
        if (e instanceof Expr.Binary b) {
            if (b.op().equals("/") && b.right() instanceof Expr.Num d && d.value() != 0 && Double.isFinite(1 / d.value())) {
                // Division by a literal becomes multiplication by its reciprocal (a few times cheaper;
                // may differ in the last bit, as C compilers do under -ffast-math, which Brian2 uses).
                return "(" + number(b.left()) + " * " + literal(1 / d.value()) + ")";
            }
            if (hoisting && b.op().equals("/") && !isInvariant(b.left()) && isInvariant(b.right()) && !isCondition(b.right())) {
                // The same for a divisor that is fixed during the step (a shared parameter such as
                // tau): its reciprocal is hoisted out of the neuron loop.
                String reciprocal = hoisted.computeIfAbsent("(1.0 / " + number(b.right()) + ")", c -> "h" + hoisted.size());
                return "(" + number(b.left()) + " * " + reciprocal + ")";
            }
            return switch (b.op()) {
                case "**" -> power(b);
                case "and" -> "(" + emit(b.left()) + " && " + emit(b.right()) + ")";
                case "or" -> "(" + emit(b.left()) + " || " + emit(b.right()) + ")";
                default -> "(" + number(b.left()) + " " + b.op() + " " + number(b.right()) + ")";
            };
        }
        return call((Expr.Call) e);
    }

    /** An operand of arithmetic: a condition becomes 1.0 or 0.0, as in Brian2. */
    /** {@code e} as a double, for an assignment: a condition (a boolean's new value) becomes 1.0 or 0.0. */
    String number(Expr e) {
        return isCondition(e) ? "(" + emit(e) + " ? 1.0 : 0.0)" : emit(e);
    }

    private static boolean isCondition(Expr e) {
        return e instanceof Expr.Unary u && u.op().equals("not")
            || e instanceof Expr.Binary b && java.util.Set.of("<", "<=", ">", ">=", "==", "!=", "and", "or").contains(b.op());
    }

    private String power(Expr.Binary b) {
        if (b.right() instanceof Expr.Num n && n.value() == Math.rint(n.value()) && Math.abs(n.value()) <= 4
            && (b.left() instanceof Expr.Name || b.left() instanceof Expr.Num) && n.value() != 0) {
            String base = number(b.left());
            int k = (int) Math.abs(n.value());
            String product = String.join(" * ", java.util.Collections.nCopies(k, base));
            return n.value() > 0 ? "(" + product + ")" : "(1.0 / (" + product + "))";
        }
        if (b.right() instanceof Expr.Num n && n.value() == 0.5) {
            return "Math.sqrt(" + number(b.left()) + ")";
        }
        return "Math.pow(" + number(b.left()) + ", " + number(b.right()) + ")";
    }

    private String call(Expr.Call c) {
        String f = c.function();
        if (tableCalls.containsKey(f)) {
            StringBuilder out = new StringBuilder(tableCalls.get(f));
            for (int k = 0; k < c.args().size(); k++) {
                out.append(k == 0 ? "" : ", ").append(emit(c.args().get(k)));
            }
            return out.append(")").toString();
        }
        switch (f) {
            case "rand":
                return "RandomStreams.uniform(rngKey, " + randomIndex + ", step, " + nextSite[0]++ + ")";
            case "randn":
                return "RandomStreams.normal(rngKey, " + randomIndex + ", step, " + nextSite[0]++ + ")";
            case "_rand", "_randn":
                return "RandomStreams.named(rngKey, " + randomIndex + ", step, " + site(c) + ", " + f.equals("_randn") + ")";
            case "min":
            case "max":
                return "Math." + f + "(" + number(c.args().get(0)) + ", " + number(c.args().get(1)) + ")";
            case "clip":
                return "Math.min(Math.max(" + number(c.args().get(0)) + ", " + number(c.args().get(1)) + "), "
                    + number(c.args().get(2)) + ")";
            default:
                return javaFunction(f) + "(" + number(c.args().get(0)) + ")";
        }
    }

    private static int site(Expr.Call named) {
        return (int) ((Expr.Num) named.args().get(0)).value();
    }

    private static String javaFunction(String f) {
        return switch (f) {
            case "arcsin" -> "Math.asin";
            case "arccos" -> "Math.acos";
            case "arctan" -> "Math.atan";
            case "sign" -> "Math.signum";
            case "exprel" -> "KernelMath.exprel";
            default -> "Math." + f;
        };
    }

    private boolean isCostly(Expr e) {
        if (e instanceof Expr.Call) {
            return true;
        }
        if (e instanceof Expr.Binary b) {
            return b.op().equals("/") || b.op().equals("**") || isCostly(b.left()) || isCostly(b.right());
        }
        return e instanceof Expr.Unary u && isCostly(u.operand());
    }

    private boolean isInvariant(Expr e) {
        if (Functions.draws(e)) {
            return false;
        }
        if (e instanceof Expr.Call c && tableCalls.containsKey(c.function()) && c.args().size() > 1) {
            return false;
        }
        return invariantNames.containsAll(Expr.names(e));
    }

    static String literal(double v) {
        if (Double.isNaN(v)) {
            return "Double.NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        String s = Double.toString(v);
        return v < 0 ? "(" + s + ")" : s;
    }
}
