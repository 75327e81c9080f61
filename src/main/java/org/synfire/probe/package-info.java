/**
 * What is recorded and how: spike, state, population-rate and spike-file recorders over growable
 * primitive buffers, recording windows, the immutable results ({@link org.synfire.probe.SpikeTrains},
 * {@link org.synfire.probe.StateTrace}, {@link org.synfire.probe.PopulationRate}) read out in
 * units, and the {@link org.synfire.probe.Checkpointed} contract every runtime part implements.
 * Depends on {@code units} only.
 */
package org.synfire.probe;
