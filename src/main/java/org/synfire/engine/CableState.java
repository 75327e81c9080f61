package org.synfire.engine;

import org.synfire.kernel.NeuronKernel;

/**
 * The cable equation of a group of identical spatial neurons, whose compartments are the group's
 * elements (neuron {@code n}'s compartment {@code c} is element {@code n·compartments + c}). Each
 * step, after the kernel has integrated the gating variables and before the threshold, it solves
 *
 * <pre>
 * C_c (v_c' − v_c)/dt = A_c (I0_c − gtot_c v_c') + Σ_k g_ck (v_k' − v_c')
 * </pre>
 *
 * for the new potentials {@code v'} by backward Euler, with the membrane current linearised as
 * {@code Im ≈ I0 − gtot·v} at {@code v} of the step's start and the gating variables the kernel
 * has just advanced (its regular operation {@code operation} computes {@code gtot} and {@code I0}
 * per area, point currents included), as Brian2 orders them (backward Euler reads the
 * right-hand side at the step's end, so the conductances of the step's end belong in it), and the
 * axial currents implicit, so any compartment size is stable. The matrix of one neuron is a
 * tree (every compartment's parent has a smaller number), so Hines' elimination, leaves to root
 * and back, solves it in O(compartments) without fill-in. Neurons are independent: a block of
 * whole neurons is solved by one thread, and the arithmetic of each neuron does not depend on
 * the blocks, so results are the same on any number of threads.
 *
 * <p>Axial conductance between a compartment and its parent: the two half-compartment resistances
 * {@code Ri·(L/2)/(π d²/4)} in series, with the soma's taken as zero (an isopotential sphere).
 * {@link #prepare} computes them, and {@code C = Cm·A}, from the current {@code Ri} and {@code Cm}
 * at the start of every run, so those may change between runs.
 */
public final class CableState {
    private final int compartments;
    private final int[] parent;
    private final double[] area;
    private final double[] halfResistance;
    private final int operation;
    /** The compartment where each neuron spikes, or -1 when the spiking kernel must visit every compartment (custom events). */
    private final int spikeCompartment;
    private final int[] one = new int[1];
    private final double[] v;
    private final double[] vAtT;
    private final double[] cm;
    private final double[] ri;
    private final double[] gtot;
    private final double[] i0;
    /** Per element: conductance to its parent (S), and capacitance over dt (S), for the current run. */
    private final double[] axial;
    private final double[] capacity;
    /** Per element, so that blocks of neurons on different threads never share scratch. */
    private final double[] diagonal;
    private final double[] right;

    /**
     * @param compartments   compartments per neuron
     * @param parent         per compartment of one neuron, its parent's number (smaller), -1 for the root
     * @param area           per compartment, its membrane area (m²)
     * @param halfResistance per compartment, {@code (L/2)/(π d²/4)} (1/m), the factor of {@code Ri} in its half
     *                       of an axial resistance; 0 for an isopotential soma
     * @param operation      the kernel's regular operation that writes {@code gtot} and {@code I0}
     * @param spikeCompartment the compartment of each neuron where its threshold is tested, or -1 when the model has
     *                       custom events, whose conditions every compartment tests
     * @param v              the group's potentials (V), one per element (compartment of a neuron)
     * @param vAtT           receives {@code v} before each solve: the potentials at the step's start, for a
     *                       refractory condition
     * @param cm             specific membrane capacitance (F/m²), one per element
     * @param ri             axial resistivity (Ω·m), one per element
     * @param gtot           total membrane conductance (S/m²) the kernel writes, one per element
     * @param i0             membrane current at zero potential (A/m²) the kernel writes, one per element
     */
    public CableState(int compartments, int[] parent, double[] area, double[] halfResistance, int operation, int spikeCompartment,
                      double[] v, double[] vAtT, double[] cm, double[] ri, double[] gtot, double[] i0) {
        this.spikeCompartment = spikeCompartment;
        this.compartments = compartments;
        this.parent = parent.clone();
        this.area = area.clone();
        this.halfResistance = halfResistance.clone();
        this.operation = operation;
        this.v = v;
        this.vAtT = vAtT;
        this.cm = cm;
        this.ri = ri;
        this.gtot = gtot;
        this.i0 = i0;
        this.axial = new double[v.length];
        this.capacity = new double[v.length];
        this.diagonal = new double[v.length];
        this.right = new double[v.length];
    }

    /**
     * Runs the spiking kernel on the neurons of {@code [from, to)}: on each neuron's spiking
     * compartment alone where only the threshold can fire there (the other compartments' rows
     * would cost a test each for nothing), else on every compartment.
     *
     * @return how many spikes it wrote into {@code spikes}, from position 0, ascending
     */
    int spikes(NeuronKernel spiking, int from, int to, long step, int[] spikes) {
        if (spikeCompartment < 0) {
            return spiking.update(from, to, step, spikes);
        }
        int count = 0;
        for (int base = from; base < to; base += compartments) {
            int c = base + spikeCompartment;
            if (spiking.update(c, c + 1, step, one) > 0) {
                spikes[count++] = c;
            }
        }
        return count;
    }

    /** Compartments per neuron: blocks of a parallel step hold whole neurons, multiples of this. */
    int compartments() {
        return compartments;
    }

    /** Recomputes axial conductances and capacitances from the current {@code Ri} and {@code Cm}. */
    void prepare(double dt) {
        for (int base = 0; base < v.length; base += compartments) {
            for (int c = 0; c < compartments; c++) {
                int e = base + c;
                capacity[e] = cm[e] * area[c] / dt;
                int p = parent[c];
                axial[e] = p < 0 ? 0 : 1 / (ri[e] * halfResistance[c] + ri[base + p] * halfResistance[p]);
            }
        }
    }

    /**
     * Advances {@code v} of the neurons whose elements are {@code [from, to)} (whole neurons) from
     * {@code step·dt} to {@code (step+1)·dt}; the gating variables are already those of {@code (step+1)·dt}.
     */
    void solve(NeuronKernel kernel, int from, int to, long step) {
        kernel.runRegularly(operation, from, to, step);
        for (int base = from; base < to; base += compartments) {
            for (int c = 0; c < compartments; c++) {
                int e = base + c;
                vAtT[e] = v[e];
                diagonal[e] = capacity[e] + area[c] * gtot[e];
                right[e] = capacity[e] * v[e] + area[c] * i0[e];
            }
            for (int c = 1; c < compartments; c++) {
                int e = base + c;
                diagonal[e] += axial[e];
                diagonal[base + parent[c]] += axial[e];
            }
            // Eliminate each compartment's row from its parent's, leaves first: the tree keeps the
            // parent's row free of new entries. Both passes are chains of dependent divisions; where
            // the parent is the compartment just before (all but a section's first), the value
            // the next iteration needs stays in a register instead of making a round trip through
            // memory, which left the chains waiting on store-to-load forwarding. The arithmetic,
            // and its order, is the textbook loop's: the same bits.
            int last = base + compartments - 1;
            double d = diagonal[last];
            double r = right[last];
            for (int c = compartments - 1; c > 0; c--) {
                int e = base + c;
                int p = parent[c];
                double f = axial[e] / d;
                diagonal[e] = d;
                right[e] = r;
                if (p == c - 1) {
                    d = diagonal[e - 1] - f * axial[e];
                    r = right[e - 1] + f * r;
                } else {
                    diagonal[base + p] -= f * axial[e];
                    right[base + p] += f * r;
                    d = diagonal[e - 1];
                    r = right[e - 1];
                }
            }
            double previous = r / d;
            v[base] = previous;
            for (int c = 1; c < compartments; c++) {
                int e = base + c;
                int p = parent[c];
                previous = (right[e] + axial[e] * (p == c - 1 ? previous : v[base + p])) / diagonal[e];
                v[e] = previous;
            }
        }
    }
}
