package org.synfire.equations;

import java.util.List;

/**
 * A linear system {@code dx/dt = A x + b} with {@code A} constant during a run and {@code b}
 * constant over each step. It is integrated exactly: {@code x(t+dt) = Φ x(t) + Γ b} with
 * {@code Φ = exp(A dt)} and {@code Γ = ∫₀^dt exp(A s) ds}, computed once per run (per neuron
 * when {@code A} depends on per-neuron parameters), as NEST's propagators are.
 *
 * @param variables the state variables, in order
 * @param matrix    {@code A[i][j]}: coefficient of {@code variables[j]} in {@code dvariables[i]/dt}
 * @param offset    {@code b[i]}, free of state variables
 * @param perNeuron whether {@code A} depends on per-neuron parameters
 */
public record LinearSystem(List<String> variables, Expr[][] matrix, Expr[] offset, boolean perNeuron) {

    /** {@return whether {@code Φ[i][j]} can be non-zero: {@code j} reaches {@code i} through non-zero entries of {@code A}} */
    public boolean[][] reach() {
        int n = variables.size();
        boolean[][] r = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            r[i][i] = true;
            for (int j = 0; j < n; j++) {
                r[i][j] |= !Expr.isZero(matrix[i][j]);
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    r[i][j] |= r[i][k] && r[k][j];
                }
            }
        }
        return r;
    }
}
