/**
 * The front end: immutable specs of neuron models, groups, spike sources, probes and networks,
 * and the {@link org.synfire.model.Network} builder that collects them. Specs describe and check
 * field by field; they never compile or simulate. Depends on {@code units} and {@code equations}.
 */
package org.synfire.model;
