/**
 * Recordings and network descriptions as Tablesaw tables, and CSV in and out: {@link
 * org.synfire.table.Tables} (one static call per kind of result) and {@link
 * org.synfire.table.Columns} (the naming convention: {@code t_ms}, {@code v_mV}, {@code neuron},
 * {@code group}, {@code v_mV[3]} in wide format). Reads the {@code probe} results, the
 * {@code sim} package's {@code Simulation} and {@code analysis} results; the engine, the probes and
 * the analyses never import this package or Tablesaw.
 *
 * <pre>{@code
 * Table spikes = Tables.spikes(sim, excProbe, inhProbe);   // t_ms, neuron, group
 * Table v      = Tables.trace(sim.data(vProbe));          // t_ms, neuron, v_mV
 * Table wide   = Tables.traceWide(sim.data(vProbe), "v"); // t_ms, v_mV[0], v_mV[1], ...
 * Table rate   = Tables.rate(sim.data(rateProbe));         // t_ms, count, rate_Hz
 * Table each   = Tables.perNeuron(s, ms.of(0), ms.of(1000)); // neuron, count, rate_Hz, cv, lv
 * Table isi    = Tables.histogram(Intervals.histogram(s, ms.of(2), ms.of(200)));  // ISI_low_ms, ISI_high_ms, count
 * Table fi     = Tables.fi(measured);                       // I_nA, rate_Hz
 * Table pv     = Tables.populationVector(PopulationVector.ring(s, ms.of(50), ms.of(0), ms.of(1000))); // t_ms, angle_deg, length, count
 * Table groups = Tables.groups(sim);                       // group, model, size, method, parameters
 * Table proj   = Tables.projections(sim);                  // projection, source, target, rule, synapses, ...
 * Table syn    = Tables.synapses(sim, "ee");               // synapse, source, target, delay_ms, w_nS
 * Tables.writeCsv(spikes, Path.of("out/spikes.csv"));
 * Table back   = Tables.readCsv(Path.of("out/spikes.csv"));
 * }</pre>
 */
package org.synfire.table;
