/**
 * Synfire: a spiking-neural-network simulator for the JVM. This root package holds only what every
 * part shares (the root exception); the parts live in the sub-packages listed in
 * {@code ../shared/design.md}, and data flows one way: units → equations → model → codegen →
 * build → engine → probe.
 */
package org.synfire;
