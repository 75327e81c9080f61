/**
 * The Groovy DSL: unit literals on numbers ({@code 20.ms}, {@code -65.mV}), the script base class
 * whose methods are the DSL's words ({@link org.synfire.dsl.SynfireScript}, with a model word per
 * library neuron template added to each script), handles on groups,
 * projections and probes that read and change a simulation between runs, and the one place
 * every front end gets its Groovy shell ({@link org.synfire.dsl.Dsl}). The DSL only builds specs
 * and calls the public Java API; mistakes become {@link org.synfire.dsl.ScriptException}s naming
 * the script line and the word.
 *
 * <pre>{@code
 * def exc = group('exc', 3200, lifConductance(), v: '-60*mV + rand()*10*mV')
 * def inh = group('inh', 800, lifConductance())
 * connect exc, exc, model: 'w : siemens', onPre: 'ge += w', p: 0.02, w: 0.6.nS, delay: 1.5.ms
 * def sp = probe spikes(exc)
 * run 200.ms
 * exc.tau = 15.ms
 * run 200.ms
 * }</pre>
 */
package org.synfire.dsl;
