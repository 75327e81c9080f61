/**
 * The {@code synfire} command (launched by {@code scripts/synfire}). For now it runs the
 * demonstration simulation; scripts, the REPL and kernels come with the DSL and notebook parts.
 * May depend on every other package; nothing depends on it.
 */
package org.synfire.cli;
