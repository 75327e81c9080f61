/**
 * The {@code synfire} command (launched by {@code scripts/synfire}), on picocli: {@code run}
 * (a script, with parameters, seed, threads, an output folder and a manifest), {@code shell},
 * {@code jshell} and {@code demo}. May depend on every other package; nothing depends on it.
 */
package org.synfire.cli;
