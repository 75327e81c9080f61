/**
 * Interactive front ends in a terminal: the DSL's REPL ({@link org.synfire.shell.Repl}) and the
 * JDK's JShell with Synfire loaded ({@link org.synfire.shell.JShellLauncher}).
 */
package org.synfire.shell;
