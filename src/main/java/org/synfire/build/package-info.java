/**
 * Spec to runtime: one build function per spec type (groups, spike sources, projections, Poisson
 * inputs, probes) that checks the whole network first, collecting every problem, then generates
 * and compiles kernels, generates connectivity, allocates state and wires recorders into the
 * {@code engine}, and returns it as a {@link org.synfire.build.BuiltNetwork} with a
 * {@link org.synfire.build.BuildReport}. The only package that sees both specs and the engine;
 * users reach it through {@code org.synfire.sim.Simulation.build}, and front ends may name only
 * {@code BuildReport} here.
 */
package org.synfire.build;
