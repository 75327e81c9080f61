/**
 * The simulation loop and runtime state: structure-of-arrays group state, the kernel interface
 * generated code implements, counter-based random streams, spike sources and the clock. Depends on
 * {@code probe} (recorders) and {@code units} (quantities at its API); never on specs, Groovy,
 * Tablesaw or XChart.
 */
package org.synfire.engine;
