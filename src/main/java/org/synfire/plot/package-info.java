/**
 * XChart figures of results, paper-like by default and labelled in units: {@link
 * org.synfire.plot.Plots} makes them (raster coloured by group, traces with threshold lines,
 * population rates, ISI / rate / weight histograms, f–I curves with an analytic overlay, weight
 * matrices as heat maps, neuron morphologies in 2-D, grids of several figures), {@link org.synfire.plot.PhasePlane} draws
 * two-variable models with their nullclines, and {@link org.synfire.plot.Figure} saves PNG or
 * SVG headless or gives the bytes to a notebook. Reads {@code probe}, {@code analysis} and
 * {@code table} results and {@code model.morphology} shapes; nothing upstream imports this package or XChart.
 *
 * <pre>{@code
 * Plots.raster(sim.data(exc), sim.data(inh)).save("out/raster.png");
 * Plots.raster(Tables.spikes(sim, excProbe, inhProbe));
 * Plots.trace(sim.data(v), "v", Units.mV.of(-50));                  // dashed threshold
 * Plots.rate(Rates.smoothed(s, Kernel.gaussian(ms.of(2)), ms.of(0.5), ms.of(0), ms.of(1000)));
 * Plots.isiHistogram(s, ms.of(2), ms.of(200));
 * Plots.fi(measured, FiCurve.lif(...));
 * Plots.weights(sim.projection("ee"), "w", 40);
 * Plots.weightMatrix(sim.projection("ee"), "w");
 * Plots.morphology(Morphology.readSwc(Path.of("cell.swc")));            // coloured by section type
 * Plots.morphology(cell, "v", v, mV);                               // one value per compartment
 * PhasePlane.of("v", mV, -80, 30, "u", mV, -20, 10).field(f, g).trajectory(trace, 0).figure();
 * Figure all = Plots.grid(2, a, b, c, d);
 * byte[] png = all.png();  byte[] svg = all.svg();  all.save("out/summary.svg");
 * }</pre>
 */
package org.synfire.plot;
