/**
 * Checked models to Java source to in-memory classes: one kernel class per group, compiled by
 * Janino and cached by a hash of its source. Depends on {@code equations} only; the generated
 * source names engine types as text, so this package never imports the engine.
 */
package org.synfire.codegen;
