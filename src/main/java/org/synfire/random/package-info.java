/**
 * Counter-based random streams keyed by seed, purpose and index: the one source of randomness for
 * kernels, initial values and connectivity, so a seed gives the same network and spikes on any
 * number of threads. Depends on nothing.
 */
package org.synfire.random;
