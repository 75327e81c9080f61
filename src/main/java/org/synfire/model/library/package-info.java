/**
 * Built-in neuron models and sources, each written as equation text with documented defaults and
 * its reference, so they take the same path as user models (no hand-coded twins). Depends on
 * {@code model}, {@code equations} and {@code units}.
 */
package org.synfire.model.library;
