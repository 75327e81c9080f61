/**
 * Model text: the grammar of equations, thresholds, resets and refractory conditions, the
 * expression tree, name resolution and dimension checks with caret errors, and the choice of
 * integration scheme (exact, exponential Euler, Runge–Kutta, Euler). Depends only on
 * {@code units}; knows nothing of code generation, specs or the engine.
 */
package org.synfire.equations;
