/**
 * Spec to runtime: one build function per spec type (groups, spike sources, projections, Poisson
 * inputs, probes) that checks the whole network first, then generates and compiles kernels,
 * generates connectivity, allocates state and wires probes into a
 * {@link org.synfire.engine.Simulation}. The only package that sees both specs and engine.
 */
package org.synfire.build;
