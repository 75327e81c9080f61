package org.synfire.model.morphology;

/**
 * What a section is, with its SWC structure code: {@code 1} soma, {@code 2} axon, {@code 3} basal
 * dendrite, {@code 4} apical dendrite. SWC files read other codes as {@link #DENDRITE} with a
 * warning.
 */
public enum SectionType {
    /** The cell body, SWC code 1; a morphology has at most one, as a sphere. */
    SOMA(1, "soma"),
    /** An axon, SWC code 2. */
    AXON(2, "axon"),
    /** A basal dendrite, SWC code 3; also the type of sections with codes SWC does not define. */
    DENDRITE(3, "dend"),
    /** An apical dendrite, SWC code 4. */
    APICAL(4, "apic");

    private final int swcCode;
    private final String prefix;

    SectionType(int swcCode, String prefix) {
        this.swcCode = swcCode;
        this.prefix = prefix;
    }

    /** {@return the SWC structure code, 1 to 4} */
    public int swcCode() {
        return swcCode;
    }

    /** NEURON's name stem for sections of this type read from a file: {@code dend} gives {@code dend[0]}, {@code dend[1]}, ... */
    String prefix() {
        return prefix;
    }

    /** The type of an SWC structure code, or {@code null} for a code outside 1..4. */
    static SectionType ofSwc(int code) {
        for (SectionType t : values()) {
            if (t.swcCode == code) {
                return t;
            }
        }
        return null;
    }
}
