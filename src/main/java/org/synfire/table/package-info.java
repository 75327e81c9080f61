/**
 * Recordings and network descriptions as Tablesaw tables, and CSV in and out: {@link
 * org.synfire.table.Tables} (one static call per kind of result) and {@link
 * org.synfire.table.Columns} (the naming convention: {@code t_ms}, {@code v_mV}, {@code neuron},
 * {@code group}, {@code v_mV[3]} in wide format). Reads the {@code probe} results and the
 * {@code engine}'s {@code Simulation}; the engine and the probes never import this package or
 * Tablesaw.
 *
 * <pre>{@code
 * Table spikes = Tables.spikes(sim, excProbe, inhProbe);   // t_ms, neuron, group
 * Table v      = Tables.trace(sim.trace(vProbe));          // t_ms, neuron, v_mV
 * Table wide   = Tables.traceWide(sim.trace(vProbe), "v"); // t_ms, v_mV[0], v_mV[1], ...
 * Table rate   = Tables.rate(sim.rate(rateProbe));         // t_ms, count, rate_Hz
 * Table groups = Tables.groups(sim);                       // group, model, size, method, parameters
 * Table proj   = Tables.projections(sim);                  // projection, source, target, rule, synapses, ...
 * Table syn    = Tables.synapses(sim, "ee");               // synapse, source, target, delay_ms, w_nS
 * Tables.writeCsv(spikes, Path.of("out/spikes.csv"));
 * Table back   = Tables.readCsv(Path.of("out/spikes.csv"));
 * }</pre>
 */
package org.synfire.table;
