package org.synfire.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.synfire.equations.Expr;
import org.synfire.equations.Functions;

/**
 * Writes expressions twice, as Vector API code over {@code SPECIES.length()} neurons and as its
 * scalar twin for loop tails, with the same IEEE operations in the same order, so that a neuron
 * gets the same bits in a lane as in a tail. Sub-expressions equal for all neurons are left to a
 * scalar {@link JavaEmitter} (hoisted before the loop) and enter vector code as broadcast
 * scalars. {@code exp} and {@code exprel} are written out inline in the vector code: as static
 * methods of the kernel C2 did not inline them, so every call boxed its vectors (COBA's kernel
 * then allocated 192 bytes per 8 neurons and ran slower than the scalar one).
 *
 * <p>Vector locals are named {@code v…}; scalar ones as in {@link KernelSource}.
 */
final class VectorEmitter {
    /** Calls the vector kernel can evaluate in lanes. */
    static final Set<String> FUNCTIONS = Set.of("exp", "exprel", "abs", "sqrt", "min", "max", "clip");
    private static final Map<String, String> COMPARISONS = Map.of("<", "LT", "<=", "LE", ">", "GT", ">=", "GE", "==", "EQ", "!=", "NE");

    /** An emitted value: its vector code (null when it is the same for all lanes) and its scalar code. */
    record Value(String vector, String scalar, boolean condition) {
        boolean uniform() {
            return vector == null;
        }
    }

    private final Function<String, String> scalarNaming;
    private final Function<String, String> vectorNaming;
    private final Set<String> invariantNames;
    private final JavaEmitter uniform;
    private final Map<String, String> hoisted;
    private final Map<String, Value> common = new HashMap<>();
    private final List<String> pendingVector = new ArrayList<>();
    private final List<String> pendingScalar = new ArrayList<>();
    private final int[] nextLocal;

    /**
     * @param scalarNaming   model name → scalar Java expression
     * @param vectorNaming   model name → vector local, or null for names that are the same in all lanes
     * @param invariantNames names equal for all neurons within a step
     * @param uniform        the scalar emitter, with hoisting, for sub-expressions equal for all neurons
     * @param hoisted        that emitter's map of hoisted locals
     * @param nextLocal      counter of the locals this emitter declares, shared across the kernel's emitters
     */
    VectorEmitter(Function<String, String> scalarNaming, Function<String, String> vectorNaming, Set<String> invariantNames,
                  JavaEmitter uniform, Map<String, String> hoisted, int[] nextLocal) {
        this.scalarNaming = scalarNaming;
        this.vectorNaming = vectorNaming;
        this.invariantNames = invariantNames;
        this.uniform = uniform;
        this.hoisted = hoisted;
        this.nextLocal = nextLocal;
    }

    /** Whether an expression uses only what the lanes can compute (see {@link #FUNCTIONS}). */
    static boolean supports(Expr e, Set<String> tables) {
        if (e instanceof Expr.Num || e instanceof Expr.Name) {
            return true;
        }
        if (e instanceof Expr.Unary u) {
            return supports(u.operand(), tables);
        }
        if (e instanceof Expr.Binary b) {
            if (b.op().equals("**") && !isProduct(b) && !isSquareRoot(b)) {
                return false;
            }
            return supports(b.left(), tables) && supports(b.right(), tables);
        }
        Expr.Call c = (Expr.Call) e;
        return FUNCTIONS.contains(c.function()) && !tables.contains(c.function())
            && c.args().stream().allMatch(a -> supports(a, tables));
    }

    /** Forgets shared calls, because the state they read is about to change. */
    void forgetCommonCalls() {
        common.clear();
    }

    /** Declarations the last emitted vector statement needs, to place before it. */
    String takeVectorDeclarations() {
        return take(pendingVector);
    }

    /** Declarations the last emitted scalar statement needs, to place before it. */
    String takeScalarDeclarations() {
        return take(pendingScalar);
    }

    private static String take(List<String> pending) {
        StringBuilder out = new StringBuilder();
        pending.forEach(line -> out.append(line).append('\n'));
        pending.clear();
        return out.toString();
    }

    Value emit(Expr e) {
        if (isInvariant(e)) {
            return new Value(null, uniform.emit(e), isCondition(e));
        }
        if (e instanceof Expr.Name n) {
            return new Value(vectorNaming.apply(n.name()), scalarNaming.apply(n.name()), false);
        }
        if (e instanceof Expr.Unary u) {
            Value x = emit(u.operand());
            if (u.op().equals("not")) {
                return new Value(x.vector() + ".not()", "(!" + x.scalar() + ")", true);
            }
            Value v = number(x);
            return new Value(v.vector() + ".neg()", "(-" + v.scalar() + ")", false);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        return call((Expr.Call) e);
    }

    private Value binary(Expr.Binary b) {
        String op = b.op();
        if (op.equals("and") || op.equals("or")) {
            Value l = mask(emit(b.left()));
            Value r = mask(emit(b.right()));
            return new Value(l.vector() + "." + op + "(" + r.vector() + ")",
                "(" + l.scalar() + (op.equals("and") ? " && " : " || ") + r.scalar() + ")", true);
        }
        if (COMPARISONS.containsKey(op)) {
            Value l = vector(number(emit(b.left())));
            Value r = number(emit(b.right()));
            String rv = r.uniform() ? r.scalar() : r.vector();
            return new Value(l.vector() + ".compare(VectorOperators." + COMPARISONS.get(op) + ", " + rv + ")",
                "(" + l.scalar() + " " + op + " " + r.scalar() + ")", true);
        }
        if (op.equals("**")) {
            return power(b);
        }
        if (op.equals("/") && b.right() instanceof Expr.Num d && d.value() != 0 && Double.isFinite(1 / d.value())) {
            // As JavaEmitter does, so that the vector kernel stays within an ulp of the scalar one.
            return arithmetic("*", number(emit(b.left())), new Value(null, JavaEmitter.literal(1 / d.value()), false));
        }
        if (op.equals("/") && isInvariant(b.right()) && !isCondition(b.right())) {
            String divisor = number(emit(b.right())).scalar();
            String reciprocal = hoisted.computeIfAbsent("(1.0 / " + divisor + ")", c -> "h" + hoisted.size());
            return arithmetic("*", number(emit(b.left())), new Value(null, reciprocal, false));
        }
        return arithmetic(op, number(emit(b.left())), number(emit(b.right())));
    }

    private static Value arithmetic(String op, Value l, Value r) {
        String scalar = "(" + l.scalar() + " " + op + " " + r.scalar() + ")";
        String method = switch (op) {
            case "+" -> "add";
            case "-" -> "sub";
            case "*" -> "mul";
            case "/" -> "div";
            default -> throw new IllegalStateException("operator " + op + " reached vector code generation");
        };
        if (l.uniform() && r.uniform()) {
            return new Value(null, scalar, false);
        }
        // Addition and multiplication commute exactly in IEEE arithmetic, so a uniform left
        // operand may move to the right; subtraction and division broadcast it instead.
        if (l.uniform() && (op.equals("+") || op.equals("*"))) {
            return new Value(r.vector() + "." + method + "(" + l.scalar() + ")", scalar, false);
        }
        Value left = vector(l);
        String right = r.uniform() ? r.scalar() : r.vector();
        return new Value(left.vector() + "." + method + "(" + right + ")", scalar, false);
    }

    private Value power(Expr.Binary b) {
        Value base = number(emit(b.left()));
        if (isSquareRoot(b)) {
            return new Value(vector(base).vector() + ".sqrt()", "Math.sqrt(" + base.scalar() + ")", false);
        }
        double n = ((Expr.Num) b.right()).value();
        int k = (int) Math.abs(n);
        Value product = base;
        for (int j = 1; j < k; j++) {
            product = arithmetic("*", product, base);
        }
        return n > 0 ? product : arithmetic("/", new Value(null, "1.0", false), product);
    }

    /** The forms of {@code **} that JavaEmitter writes as products (and a reciprocal). */
    private static boolean isProduct(Expr.Binary b) {
        return b.right() instanceof Expr.Num n && n.value() == Math.rint(n.value()) && Math.abs(n.value()) <= 4
            && (b.left() instanceof Expr.Name || b.left() instanceof Expr.Num) && n.value() != 0;
    }

    private static boolean isSquareRoot(Expr.Binary b) {
        return !isProduct(b) && b.right() instanceof Expr.Num n && n.value() == 0.5;
    }

    private Value call(Expr.Call c) {
        List<Value> args = new ArrayList<>();
        for (Expr a : c.args()) {
            args.add(number(emit(a)));
        }
        String f = c.function();
        Value out = switch (f) {
            case "abs", "sqrt" -> new Value(vector(args.get(0)).vector() + "." + f + "()", "Math." + f + "(" + args.get(0).scalar() + ")", false);
            case "min", "max" -> minMax(f, args.get(0), args.get(1));
            case "clip" -> minMax("min", minMax("max", args.get(0), args.get(1)), args.get(2));
            case "exp", "exprel" -> shared(f, args.get(0));
            default -> throw new IllegalStateException("function " + f + " reached vector code generation");
        };
        return out;
    }

    private static Value minMax(String f, Value a, Value b) {
        String scalar = "Math." + f + "(" + a.scalar() + ", " + b.scalar() + ")";
        if (a.uniform() && b.uniform()) {
            return new Value(null, scalar, false);
        }
        return new Value(vector(a).vector() + "." + f + "(" + (b.uniform() ? b.scalar() : b.vector()) + ")", scalar, false);
    }

    /** exp or exprel of a per-lane argument, computed once per statement group (HH rates appear twice). */
    private Value shared(String f, Value x) {
        String scalar = "KernelMath." + (f.equals("exp") ? "portableExp(" : "portableExprel(") + x.scalar() + ")";
        Value known = common.get(scalar);
        if (known != null) {
            return known;
        }
        int id = nextLocal[0]++;
        String local = "c" + id;
        pendingScalar.add("final double " + local + " = " + scalar + ";");
        String v = "v" + local;
        pendingVector.add("final DoubleVector " + v + "x = " + x.vector() + ";");
        exp(v + "e", v + "x");
        if (f.equals("exp")) {
            pendingVector.add("final DoubleVector " + v + " = " + v + "e;");
        } else {
            // Mirrors KernelMath.portableExprel operation by operation.
            String big = v + "e.sub(1.0).div(" + v + "x)";
            String small = v + "x.mul(1.0 / 720).add(1.0 / 120).mul(" + v + "x).add(1.0 / 24).mul(" + v + "x).add(1.0 / 6).mul("
                + v + "x).add(1.0 / 2).mul(" + v + "x).add(1.0)";
            pendingVector.add("final DoubleVector " + v + " = " + big + ".blend(" + small + ", " + v
                + "x.abs().compare(VectorOperators.LT, 0.01));");
        }
        Value out = new Value(v, local, false);
        common.put(scalar, out);
        return out;
    }

    /** The lanes of {@code KernelMath.portableExp}, operation by operation (constants are fields of the kernel). */
    private void exp(String result, String x) {
        String p = result + "p";
        pendingVector.add("final DoubleVector " + p + "c = " + x + ".max(KernelMath.EXP_MIN).min(KernelMath.EXP_MAX);");
        pendingVector.add("final DoubleVector " + p + "s = " + p + "c.mul(KernelMath.INV_LN2).add(KernelMath.EXP_SHIFTER);");
        pendingVector.add("final DoubleVector " + p + "k = " + p + "s.sub(KernelMath.EXP_SHIFTER);");
        pendingVector.add("final LongVector " + p + "i = " + p + "s.reinterpretAsLongs().sub(KernelMath.EXP_SHIFTER_BITS);");
        pendingVector.add("DoubleVector " + p + "r = " + p + "k.lanewise(VectorOperators.FMA, NEG_LN2_HI, " + p + "c);");
        pendingVector.add(p + "r = " + p + "k.lanewise(VectorOperators.FMA, NEG_LN2_LO, " + p + "r);");
        pendingVector.add("DoubleVector " + p + " = " + p + "r.lanewise(VectorOperators.FMA, EXP_C13, EXP_C12);");
        for (int j = 11; j >= 0; j--) {
            pendingVector.add(p + " = " + p + ".lanewise(VectorOperators.FMA, " + p + "r, EXP_C" + j + ");");
        }
        pendingVector.add("final LongVector " + p + "h = " + p + "i.lanewise(VectorOperators.ASHR, 1);");
        pendingVector.add("final DoubleVector " + result + " = " + p + ".mul(" + scale(p + "h") + ").mul(" + scale(p + "i.sub(" + p + "h)") + ");");
    }

    private static String scale(String exponent) {
        return exponent + ".add(1023L).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles()";
    }

    /** The fields a kernel using {@link #exp} declares: exp's constants as scalars the JIT folds. */
    static String constants() {
        StringBuilder out = new StringBuilder();
        out.append("private static final double NEG_LN2_HI = -KernelMath.LN2_HI;\n");
        out.append("private static final double NEG_LN2_LO = -KernelMath.LN2_LO;\n");
        for (int j = 0; j <= 13; j++) {
            out.append("private static final double EXP_C").append(j).append(" = KernelMath.expCoefficient(").append(j).append(");\n");
        }
        return out.toString();
    }

    /** A condition used as a number is 1.0 or 0.0, as in Brian2. */
    private static Value number(Value v) {
        if (!v.condition()) {
            return v;
        }
        String scalar = "(" + v.scalar() + " ? 1.0 : 0.0)";
        return v.uniform() ? new Value(null, scalar, false)
            : new Value("DoubleVector.zero(SPECIES).blend(1.0, " + v.vector() + ")", scalar, false);
    }

    private static Value vector(Value v) {
        return v.uniform() ? new Value("DoubleVector.broadcast(SPECIES, " + v.scalar() + ")", v.scalar(), false) : v;
    }

    private static Value mask(Value v) {
        return v.uniform() ? new Value("SPECIES.maskAll(" + v.scalar() + ")", v.scalar(), true) : v;
    }

    private boolean isInvariant(Expr e) {
        return invariantNames.containsAll(Expr.names(e)) && !Functions.draws(e);
    }

    /** Whether {@code e} is a comparison or a logical combination, which lanes evaluate as a mask. */
    static boolean isCondition(Expr e) {
        return e instanceof Expr.Unary u && u.op().equals("not")
            || e instanceof Expr.Binary b && Set.of("<", "<=", ">", ">=", "==", "!=", "and", "or").contains(b.op());
    }
}
