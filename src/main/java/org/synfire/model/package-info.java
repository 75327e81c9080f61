/**
 * The front end: immutable specs of neuron and synapse models, groups (of point neurons, or of
 * spatial neurons' compartments with their {@link org.synfire.model.Cable}), spike sources, their
 * slices (subgroups), projections, probes and networks, and the {@link org.synfire.model.Network}
 * builder that collects them. Specs describe and check field by field; they never compile or
 * simulate. Depends on {@code units}, {@code equations}, {@code model.morphology} (the shape of
 * spatial neurons) and {@code connectivity} (rules only).
 */
package org.synfire.model;
