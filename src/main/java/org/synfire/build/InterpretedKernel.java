package org.synfire.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.synfire.kernel.KernelMath;
import org.synfire.kernel.NeuronKernel;
import org.synfire.equations.Assignment;
import org.synfire.equations.CheckedModel;
import org.synfire.equations.Evaluator;
import org.synfire.equations.Expr;
import org.synfire.equations.LinearSystem;
import org.synfire.random.RandomStreams;

/**
 * The reference backend: a {@link NeuronKernel} that walks the checked model's expression trees
 * for every neuron and step instead of running generated code. It is hundreds of times slower and
 * exists so that tests can check the compiled kernels (and every optimisation of the code
 * generator) against a direct reading of the same update scheme, as Brian2 checks its devices
 * against the runtime one. Random numbers are drawn in tree order, so stochastic models agree
 * with compiled kernels in distribution only.
 */
final class InterpretedKernel implements NeuronKernel {
    /**
     * The first call site of the random draws of regular statements: far above those of the
     * update, which count from 0 in the same neuron and step, so the two never draw the same number.
     */
    private static final int REGULAR_SITES = RandomStreams.NAMED_SITES / 2;

    private final CheckedModel model;
    private final List<List<Assignment>> regular;
    private final List<String> arrayNames;
    private final List<String> tableNames;
    private final Map<String, Boolean> perNeuronTables;
    private double[][] arrays;
    private double[] shared;
    private long[] lastSpike;
    private long[][] lastEvent;
    private double[][] tables;
    private double[] tableDt;
    private long rngKey;
    private double dt;
    private double[][][] phi;
    private double[][][] gamma;

    InterpretedKernel(CheckedModel model, List<String> arrayNames, Map<String, Boolean> tables, List<List<Assignment>> regular) {
        this.model = model;
        this.regular = regular;
        this.arrayNames = arrayNames;
        this.tableNames = List.copyOf(tables.keySet());
        this.perNeuronTables = tables;
    }

    @Override
    public void bind(double[][] arrays, double[] shared, long[] lastSpike, long[][] lastEvent, double[][] tables, double[] tableDt,
                     long rngKey) {
        this.arrays = arrays;
        this.shared = shared;
        this.lastSpike = lastSpike;
        this.lastEvent = lastEvent;
        this.tables = tables;
        this.tableDt = tableDt;
        this.rngKey = rngKey;
    }

    @Override
    public void reseed(long rngKey) {
        this.rngKey = rngKey;
    }

    @Override
    public void prepare(double dt) {
        this.dt = dt;
        LinearSystem linear = model.scheme().linear();
        if (linear == null) {
            return;
        }
        int k = linear.variables().size();
        int n = lastSpike.length;
        phi = new double[n][k][k];
        gamma = new double[n][k][k];
        for (int i = 0; i < n; i++) {
            Map<String, Double> env = environment(i, 0);
            Evaluator e = evaluator(env, i, 0, new int[1]);
            double[][] a = new double[k][k];
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < k; c++) {
                    a[r][c] = e.evaluate(linear.matrix()[r][c]);
                }
            }
            KernelMath.propagators(a, dt, phi[i], gamma[i]);
        }
    }

    @Override
    public int update(int from, int to, long step, int[] spikes) {
        int count = 0;
        for (int i = from; i < to; i++) {
            Map<String, Double> env = environment(i, step);
            int[] site = {0};
            Evaluator before = evaluator(env, i, step, site);
            boolean active = active(i, step, before);
            env.put("_active", active ? 1.0 : 0.0);
            for (Assignment a : model.scheme().assignments()) {
                if (!a.unlessRefractory() || active) {
                    env.put(a.target(), before.evaluate(a.value()));
                }
            }
            LinearSystem linear = model.scheme().linear();
            if (linear != null) {
                int k = linear.variables().size();
                double[] x = new double[k];
                double[] b = new double[k];
                for (int c = 0; c < k; c++) {
                    x[c] = env.get(linear.variables().get(c));
                    b[c] = before.evaluate(linear.offset()[c]);
                }
                for (int r = 0; r < k; r++) {
                    String name = linear.variables().get(r);
                    if (active || !model.equations().get(name).has(org.synfire.equations.Equation.Flag.UNLESS_REFRACTORY)) {
                        double next = 0;
                        for (int c = 0; c < k; c++) {
                            next += phi[i][r][c] * x[c] + gamma[i][r][c] * b[c];
                        }
                        env.put(name, next);
                    }
                }
            }
            env.put("t", (step + 1) * dt);
            Evaluator after = evaluator(env, i, step, site);
            boolean fired = model.threshold() != null && active && after.evaluate(model.threshold()) != 0;
            List<CheckedModel.Event> events = model.events();
            boolean[] held = new boolean[events.size()];
            for (int e = 0; e < held.length; e++) {
                held[e] = after.evaluate(events.get(e).condition()) != 0;
            }
            if (fired) {
                lastSpike[i] = step + 1;
                spikes[count++] = i;
                run(model.reset(), env, after);
            }
            for (int e = 0; e < held.length; e++) {
                if (held[e]) {
                    lastEvent[e][i] = step + 1;
                    run(events.get(e).code(), env, after);
                }
            }
            for (int k = 0; k < arrayNames.size(); k++) {
                arrays[k][i] = env.get(arrayNames.get(k));
            }
        }
        return count;
    }

    private static void run(List<Assignment> statements, Map<String, Double> env, Evaluator e) {
        for (Assignment a : statements) {
            env.put(a.target(), e.evaluate(a.value()));
        }
    }

    @Override
    public void runRegularly(int operation, int from, int to, long step) {
        for (int i = from; i < to; i++) {
            Map<String, Double> env = environment(i, step);
            run(regular.get(operation), env, evaluator(env, i, step, new int[] {REGULAR_SITES}));
            for (int k = 0; k < arrayNames.size(); k++) {
                arrays[k][i] = env.get(arrayNames.get(k));
            }
        }
    }

    private boolean active(int i, long step, Evaluator before) {
        return switch (model.refractoryKind()) {
            case NONE -> true;
            case CONDITION -> before.evaluate(model.refractory()) == 0;
            case DURATION -> step - lastSpike[i] >= Math.round(before.evaluate(model.refractory()) / dt);
        };
    }

    @Override
    public boolean active(int i, long step) {
        return active(i, step, evaluator(environment(i, step), i, step, new int[1]));
    }

    @Override
    public double subexpression(int k, int i, long step) {
        Expr e = model.subexpressions().values().stream().skip(k).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no sub-expression " + k));
        return evaluator(environment(i, step), i, step, new int[1]).evaluate(e);
    }

    private Map<String, Double> environment(int i, long step) {
        Map<String, Double> env = new HashMap<>();
        for (int k = 0; k < arrayNames.size(); k++) {
            env.put(arrayNames.get(k), arrays[k][i]);
        }
        for (int k = 0; k < model.sharedParameters().size(); k++) {
            env.put(model.sharedParameters().get(k), shared[k]);
        }
        env.put("t", step * dt);
        env.put("dt", dt);
        env.put("i", (double) i);
        env.put("N", (double) lastSpike.length);
        return env;
    }

    private Evaluator evaluator(Map<String, Double> env, int i, long step, int[] site) {
        return RunStreams.evaluator(env::get, this::table, rngKey, new int[] {i}, step, site);
    }

    private double table(String name, double[] args) {
        int k = tableNames.indexOf(name);
        return perNeuronTables.get(name)
            ? KernelMath.table(tables[k], tableDt[k], lastSpike.length, args[0], args[1])
            : KernelMath.table(tables[k], tableDt[k], args[0]);
    }
}
