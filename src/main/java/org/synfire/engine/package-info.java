/**
 * The step loop over raw steps and SI doubles: {@link org.synfire.engine.Engine} runs the
 * {@link org.synfire.engine.Phase phases} of each step over structure-of-arrays group and
 * projection state, the cable equation of spatial neurons ({@link org.synfire.engine.CableState}),
 * spike queues and ring buffers, Poisson inputs and spike sources, on worker
 * threads, and writes checkpoint bytes. Depends on {@code kernel} (the code it calls),
 * {@code probe} (recorder interfaces only) and {@code random}; never on units, specs, Groovy,
 * Tablesaw or XChart: quantities and names for users live in {@code org.synfire.sim}.
 */
package org.synfire.engine;
