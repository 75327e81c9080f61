/**
 * The Jupyter kernels: a Java kernel (JShell, executing in this JVM so cells share live objects)
 * and a Groovy kernel, both over one thin adapter to {@code org.dflib.jjava:jjava-jupyter} that
 * also fixes that library's protocol gaps, and one display registry (Tablesaw tables, XChart
 * figures, quantities). All calls into jjava-jupyter stay inside this package, so its API churn
 * touches nothing else. Uses {@code dsl} and the public API (never the engine, kernels, code
 * generation or build internals); {@code cli} calls in here.
 */
package org.synfire.notebook;
