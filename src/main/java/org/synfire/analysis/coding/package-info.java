/**
 * The three classic neural codes, each an encoder (values → {@code SpikeTrains}) and a decoder
 * (spikes → values) with the resolution the code allows: {@link org.synfire.analysis.coding.RateCode}
 * (Poisson trains from rates, rates back from counts), {@link org.synfire.analysis.coding.LatencyCode}
 * (time to first spike) and {@link org.synfire.analysis.coding.IntervalCode} (inter-spike interval).
 * Encoded trains feed a network through {@code Network.spikeSource}; depends on {@code probe}
 * and {@code units} only.
 *
 * <pre>{@code
 * RateCode rate = new RateCode(ms.of(1000));
 * SpikeTrains in = rate.encode(new double[] {5, 20, 40}, 7);
 * double[] hz = rate.decode(in);
 * double[] v = new LatencyCode(0, 1, ms.of(5), ms.of(25)).decode(sim.data(probe), ms.of(1.1));
 * }</pre>
 */
package org.synfire.analysis.coding;
