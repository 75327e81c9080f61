/**
 * Built-in neuron models and spike sources, each written as equation text with a default for
 * every parameter and initial value and its reference, so they take the same path as user models
 * (no hand-coded twins). {@link org.synfire.model.library.Library} is the one entry point and
 * documents every template; the other classes here are package-private holders of text and preset
 * tables. Depends on {@code model} and {@code units} only; must not import {@code build},
 * {@code engine} or anything downstream.
 */
package org.synfire.model.library;
