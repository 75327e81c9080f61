package org.synfire.model.morphology;

/**
 * What a section is, with its SWC structure code: {@code 1} soma, {@code 2} axon, {@code 3} basal
 * dendrite, {@code 4} apical dendrite. SWC files read other codes as {@link #DENDRITE} with a
 * warning.
 */
public enum SectionType {
    SOMA(1, "soma"), AXON(2, "axon"), DENDRITE(3, "dend"), APICAL(4, "apic");

    private final int swcCode;
    private final String prefix;

    SectionType(int swcCode, String prefix) {
        this.swcCode = swcCode;
        this.prefix = prefix;
    }

    /** The SWC structure code. */
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
