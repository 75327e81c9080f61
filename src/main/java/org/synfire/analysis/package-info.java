/**
 * Spike-train analysis, one static call each: {@link org.synfire.analysis.Rates} (per neuron,
 * per group, windows, population rate binned or smoothed with a {@link org.synfire.analysis.Kernel}),
 * {@link org.synfire.analysis.Intervals} (ISI, CV, LV, histograms, the {@link org.synfire.analysis.Hazard}),
 * {@link org.synfire.analysis.Counts} (Fano factor, spike-count correlations),
 * {@link org.synfire.analysis.Correlograms}, {@link org.synfire.analysis.Synchrony} (χ),
 * {@link org.synfire.analysis.PhaseLocking} (vector strength), {@link org.synfire.analysis.Distances}
 * (van Rossum, Victor–Purpura), {@link org.synfire.analysis.FiCurve} and
 * {@link org.synfire.analysis.Siegert}. Works on the {@code probe} results;
 * never imports Tablesaw, XChart or anything that runs the engine. Windows are {@code [from, to)},
 * rates are in Hz.
 *
 * <pre>{@code
 * SpikeTrains s = sim.data(probe);
 * Quantity rate = Rates.mean(s, ms.of(0), ms.of(1000));
 * double cv     = Intervals.meanCv(s);
 * double fano   = Counts.meanFano(s, ms.of(100), ms.of(0), ms.of(1000));
 * RateSignal p  = Rates.smoothed(s, Kernel.gaussian(ms.of(2)), ms.of(0.5), ms.of(0), ms.of(1000));
 * double d      = Distances.vanRossum(s, 0, s, 1, ms.of(10));
 * }</pre>
 */
package org.synfire.analysis;
