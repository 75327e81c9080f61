/**
 * Checked models to Java source to in-memory classes: one kernel class per group or projection,
 * implementing a contract of {@code kernel}, compiled by Janino and cached by a hash of its source.
 * Each kind of kernel class is a template resource in this package ({@code neuron.java.tmpl},
 * {@code synapse.java.tmpl}): the skeleton, whose import lines name every Synfire class the
 * generated source uses; the generators translate expressions and statements into its holes.
 * Depends on {@code equations} and {@code kernel} only; never on the engine, specs or units.
 */
package org.synfire.codegen;
