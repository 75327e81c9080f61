package org.synfire.model.morphology;

import org.synfire.units.Quantity;

/**
 * One compartment's geometry, as {@link Morphology#compartment(int)} gives it. A section's
 * compartment is the piece of its centre line between two boundaries; a soma is one compartment.
 *
 * @param index    its number in the morphology, from 0
 * @param section  the name of its section
 * @param parent   the number of the compartment it hangs from (always smaller), or -1 for the root
 * @param length   its length along the centre line (a soma's: its diameter)
 * @param diameter its mean diameter over that length
 * @param area     its lateral membrane area (a soma's: the sphere's, pi d^2)
 * @param distance the path distance from the soma (or the root) to its midpoint; 0 for the soma
 * @param x        the x coordinate of its midpoint (SWC coordinates, else a 2-D drawing layout)
 * @param y        the y coordinate of its midpoint
 * @param z        the z coordinate of its midpoint (0 in the 2-D layout)
 */
public record Compartment(int index, String section, int parent, Quantity length, Quantity diameter, Quantity area,
                          Quantity distance, Quantity x, Quantity y, Quantity z) {

    /** {@code 3 (d[2]): 20 um × 1 um, 62.83 um^2 at 50 um}. */
    @Override
    public String toString() {
        return index + " (" + section + "): " + length + " × " + diameter + ", " + area + " at " + distance;
    }
}
