/**
 * The three classic neural codes, each an encoder (values → {@code SpikeTrains}) and a decoder
 * (spikes → values) with the resolution the code allows: {@link org.synfire.analysis.coding.RateCode}
 * (Poisson trains from rates, rates back from counts), {@link org.synfire.analysis.coding.LatencyCode}
 * (time to first spike) and {@link org.synfire.analysis.coding.IntervalCode} (inter-spike interval);
 * and the decoder of a population code, {@link org.synfire.analysis.coding.PopulationVector} (the
 * angle a population of tuned neurons encodes, bin by bin).
 * Encoded trains feed a network through {@code Network.spikeSource}; depends on {@code probe},
 * {@code units} and {@code analysis} (spike counts) only.
 *
 * <pre>{@code
 * RateCode rate = new RateCode(ms.of(1000));
 * SpikeTrains in = rate.encode(new double[] {5, 20, 40}, 7);
 * double[] hz = rate.decode(in);
 * double[] v = new LatencyCode(0, 1, ms.of(5), ms.of(25)).decode(sim.data(probe), ms.of(1.1));
 * double[] deg = PopulationVector.ring(sim.data(probe), ms.of(50), ms.of(0), ms.of(1000)).anglesDeg();
 * }</pre>
 */
package org.synfire.analysis.coding;
