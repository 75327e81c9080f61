/**
 * Connection rules (all-to-all, one-to-one, probability, fixed in- and out-degree, a condition,
 * explicit pairs) and the pure, seeded generators that turn a rule into {@link
 * org.synfire.connectivity.Connections} in CSR form. Deterministic per (seed, projection) and
 * parallel over rows. Depends on {@code units} and {@code random} only; never on specs or the engine.
 */
package org.synfire.connectivity;
