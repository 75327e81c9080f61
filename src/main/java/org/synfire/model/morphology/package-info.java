/**
 * Morphologies of multi-compartment neurons: a soma and a tree of named sections, built in Java
 * ({@link org.synfire.model.morphology.Morphology#builder()}) or read from SWC files, cut into
 * compartments numbered so that every parent comes before its children, with per-compartment
 * geometry and lookup by section and distance. Geometry only: no dynamics. Depends on
 * {@code units} and the root package only; must not import {@code equations}, {@code build} or
 * anything downstream.
 */
package org.synfire.model.morphology;
