/**
 * The simulation loop and runtime state: structure-of-arrays group and projection state, the
 * kernel interfaces generated code implements, spike queues and ring buffers, Poisson inputs,
 * spike sources, worker threads, progress, cancellation and checkpoints. Depends on {@code probe}
 * (recorders), {@code random} (counter-based streams) and {@code units} (quantities at its API);
 * never on specs, Groovy, Tablesaw or XChart.
 */
package org.synfire.engine;
