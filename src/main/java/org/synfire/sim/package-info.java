/**
 * The user's simulation: {@link org.synfire.sim.Simulation} builds a network description, runs it,
 * returns what each probe recorded ({@code data(probe)}) and reads and writes state with units
 * through {@link org.synfire.sim.GroupView} and {@link org.synfire.sim.ProjectionView}; also
 * checkpoints, progress, cancellation and network operations. A façade over {@code build} and {@code engine}: results
 * layers and front ends reach the engine only through it. Never imports Groovy, Tablesaw or XChart.
 */
package org.synfire.sim;
