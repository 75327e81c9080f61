/**
 * Synfire: a spiking-neural-network simulator for the JVM. This root package holds only what every
 * part shares (the root exception, did-you-mean suggestions); the parts live in the sub-packages
 * described in {@code docs/architecture.md}, and data flows one way: front end → model → build →
 * engine → probe recordings → sim → tables and plots.
 */
package org.synfire;
