/**
 * What is recorded and how: spike and state recorders over growable primitive buffers, and the
 * immutable results ({@link org.synfire.probe.SpikeTrains}, {@link org.synfire.probe.StateTrace})
 * read out in units. Depends on {@code units} only.
 */
package org.synfire.probe;
