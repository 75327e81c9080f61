/**
 * Built-in models: neuron templates, spike sources and plasticity synapses, each written as
 * equation text with a default for every parameter and initial value and its reference, so they
 * take the same path as user models (no hand-coded twins); and the reference networks of the
 * literature built from them. {@link org.synfire.model.library.Library} is the one entry point for
 * models and documents every template; the other classes here are package-private holders of text
 * and preset tables, except {@link org.synfire.model.library.ReferenceNetworks} and the configuration of its
 * largest network, {@link org.synfire.model.library.Microcircuit}. Depends on
 * {@code model}, {@code connectivity} (rules) and {@code units} only; must not import {@code build},
 * {@code engine} or anything downstream.
 */
package org.synfire.model.library;
