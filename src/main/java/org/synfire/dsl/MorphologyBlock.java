package org.synfire.dsl;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import java.util.List;
import java.util.Map;
import org.synfire.model.morphology.Morphology;
import org.synfire.model.morphology.SectionType;
import org.synfire.units.Quantity;

/**
 * The delegate of a {@code morphology { ... }} block and of each section's block:
 * {@code soma diameter: 20.um} (at the top only), and sections with their geometry as named
 * arguments, {@code dendrite 'd', length: 200.um, diameter: 1.um, compartments: 10}, likewise
 * {@code axon} and {@code apical}; {@code diameter: [2.um, 0.5.um]} tapers from the first to the
 * second. A section's own block, after parentheses, holds the sections hanging from its end:
 * {@code dendrite('d', length: 200.um, diameter: 1.um) { dendrite 'd1', length: 100.um, diameter: 0.5.um }}.
 */
public final class MorphologyBlock {
    private static final List<String> GEOMETRY = List.of("length", "diameter", "compartments");

    private final Morphology.Builder top;
    private final Morphology.Branching<?> branching;

    MorphologyBlock(Morphology.Builder top) {
        this.top = top;
        this.branching = top;
    }

    private MorphologyBlock(Morphology.SectionBuilder section) {
        this.top = null;
        this.branching = section;
    }

    /**
     * The spherical soma: {@code soma diameter: 20.um}.
     *
     * @param options {@code diameter:} (required)
     * @throws DslException without a diameter, for an unknown named argument, or inside a section's block
     */
    public void soma(Map<String, ?> options) {
        Arguments a = new Arguments("soma", options);
        Quantity diameter = a.quantity("diameter");
        a.finish(List.of("diameter"));
        if (diameter == null) {
            throw new DslException("soma", "give its diameter, e.g. soma diameter: 20.um");
        }
        soma(diameter);
    }

    /**
     * The spherical soma: {@code soma 20.um}.
     *
     * @param diameter its diameter, a length
     * @throws DslException inside a section's block
     */
    public void soma(Quantity diameter) {
        if (top == null) {
            throw new DslException("soma", "a soma goes at the top of morphology { ... }, not inside a section's block");
        }
        top.soma(diameter);
    }

    /**
     * A basal dendrite with the sections of {@code children} hanging from its end.
     *
     * @param geometry {@code length:}, {@code diameter:} (one length, or {@code [start, end]} for a taper) and {@code compartments:}
     * @param name     the section's name, unique in the morphology
     * @param children the sections hanging from its end, in this class's words
     * @throws DslException for an unknown named argument or one of the wrong kind
     */
    public void dendrite(Map<String, ?> geometry, String name,
                         @DelegatesTo(value = MorphologyBlock.class, strategy = Closure.DELEGATE_FIRST) Closure<?> children) {
        section("dendrite", SectionType.DENDRITE, geometry, name, children);
    }

    /**
     * A basal dendrite: {@code dendrite 'd', length: 200.um, diameter: 1.um, compartments: 10}.
     *
     * @param geometry {@code length:}, {@code diameter:} (one length, or {@code [start, end]} for a taper) and {@code compartments:}
     * @param name     the section's name, unique in the morphology
     * @throws DslException for an unknown named argument or one of the wrong kind
     */
    public void dendrite(Map<String, ?> geometry, String name) {
        section("dendrite", SectionType.DENDRITE, geometry, name, null);
    }

    /**
     * An axon with the sections of {@code children} hanging from its end.
     *
     * @param geometry {@code length:}, {@code diameter:} (one length, or {@code [start, end]} for a taper) and {@code compartments:}
     * @param name     the section's name, unique in the morphology
     * @param children the sections hanging from its end, in this class's words
     * @throws DslException for an unknown named argument or one of the wrong kind
     */
    public void axon(Map<String, ?> geometry, String name,
                     @DelegatesTo(value = MorphologyBlock.class, strategy = Closure.DELEGATE_FIRST) Closure<?> children) {
        section("axon", SectionType.AXON, geometry, name, children);
    }

    /**
     * An axon: {@code axon 'axon', length: 1.mm, diameter: 1.um}.
     *
     * @param geometry {@code length:}, {@code diameter:} (one length, or {@code [start, end]} for a taper) and {@code compartments:}
     * @param name     the section's name, unique in the morphology
     * @throws DslException for an unknown named argument or one of the wrong kind
     */
    public void axon(Map<String, ?> geometry, String name) {
        section("axon", SectionType.AXON, geometry, name, null);
    }

    /**
     * An apical dendrite with the sections of {@code children} hanging from its end.
     *
     * @param geometry {@code length:}, {@code diameter:} (one length, or {@code [start, end]} for a taper) and {@code compartments:}
     * @param name     the section's name, unique in the morphology
     * @param children the sections hanging from its end, in this class's words
     * @throws DslException for an unknown named argument or one of the wrong kind
     */
    public void apical(Map<String, ?> geometry, String name,
                       @DelegatesTo(value = MorphologyBlock.class, strategy = Closure.DELEGATE_FIRST) Closure<?> children) {
        section("apical", SectionType.APICAL, geometry, name, children);
    }

    /**
     * An apical dendrite: {@code apical 'trunk', length: 400.um, diameter: [4.um, 1.um]}.
     *
     * @param geometry {@code length:}, {@code diameter:} (one length, or {@code [start, end]} for a taper) and {@code compartments:}
     * @param name     the section's name, unique in the morphology
     * @throws DslException for an unknown named argument or one of the wrong kind
     */
    public void apical(Map<String, ?> geometry, String name) {
        section("apical", SectionType.APICAL, geometry, name, null);
    }

    private void section(String word, SectionType type, Map<String, ?> geometry, String name, Closure<?> children) {
        branching.section(name, type, s -> {
            Arguments a = new Arguments(word, geometry);
            Quantity length = a.quantity("length");
            Object diameter = a.take("diameter");
            Integer compartments = a.integer("compartments");
            a.finish(GEOMETRY);
            if (length != null) {
                s.length(length);
            }
            if (diameter instanceof List<?> ends) {
                if (ends.size() != 2) {
                    throw new DslException(word, "diameter: a list of " + ends.size() + "; give one diameter, or [start, end] for a taper");
                }
                s.diameter(diameterAt(word, ends.get(0)), diameterAt(word, ends.get(1)));
            } else if (diameter != null) {
                s.diameter(diameterAt(word, diameter));
            }
            if (compartments != null) {
                s.compartments(compartments);
            }
            if (children != null) {
                Closure<?> c = children.rehydrate(new MorphologyBlock(s), children.getOwner(), children.getThisObject());
                c.setResolveStrategy(Closure.DELEGATE_FIRST);
                c.call();
            }
        });
    }

    private static Quantity diameterAt(String word, Object value) {
        return Arguments.quantity(word + "(diameter:)", value, "give a diameter such as 1.um");
    }
}
