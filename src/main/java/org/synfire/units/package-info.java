/**
 * Physical quantities with units: {@link org.synfire.units.Quantity} (an SI value plus its
 * {@link org.synfire.units.Dimension}), {@link org.synfire.units.Unit} and the named units and SI
 * prefixes in {@link org.synfire.units.Units}, with parsing of texts such as {@code "-65 mV"} or
 * {@code "uF/cm^2"} and readable formatting back. This package is the bottom of the dependency
 * order: it must not import any other Synfire package except the root
 * {@link org.synfire.SynfireException}.
 */
package org.synfire.units;
