/**
 * Checked models to Java source to in-memory classes: one kernel class per group or projection,
 * implementing a contract of {@code kernel}, compiled by Janino and cached by a hash of its source.
 * Depends on {@code equations} and {@code kernel} only; never on the engine, specs or units.
 */
package org.synfire.codegen;
