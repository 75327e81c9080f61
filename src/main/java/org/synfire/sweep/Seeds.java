package org.synfire.sweep;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The seeds each parameter point runs with, in order: {@code 1..10}, {@code 1,2,5}, {@code 1..3,10}.
 * {@link #none()} runs every point once with the script's own seed.
 *
 * @param values the seeds; empty for none
 */
public record Seeds(List<Long> values) {
    /** The most seeds a study may have, as for the values of an axis. */
    static final int MAX_SEEDS = Axis.MAX_VALUES;

    /**
     * Seeds as given; the list is copied.
     *
     * @param values the seeds; empty for none
     * @throws SweepException if a seed is given twice
     */
    public Seeds {
        values = List.copyOf(values);
        Set<Long> seen = new LinkedHashSet<>();
        for (Long s : values) {
            if (!seen.add(s)) {
                throw new SweepException("seeds: " + s + " is given twice, which would run the same points twice; give each seed once");
            }
        }
    }

    /** {@return no seeds of the study's own: each point runs once, with the seed its script sets} */
    public static Seeds none() {
        return new Seeds(List.of());
    }

    /**
     * The seeds from {@code first} to {@code last}, both included.
     *
     * @param first the first seed
     * @param last  the last seed, not below {@code first}
     * @return the seeds
     * @throws SweepException if {@code last} is below {@code first} or the range is too long
     */
    public static Seeds range(long first, long last) {
        return parse(first + ".." + last);
    }

    /**
     * Seeds given in code.
     *
     * @param seeds whole numbers, or a Groovy range such as {@code 1..3}
     * @return the seeds, in the order given
     * @throws SweepException if there are none, one is not a whole number or one is repeated
     */
    public static Seeds of(Collection<? extends Number> seeds) {
        List<Long> values = new ArrayList<>();
        for (Number n : seeds) {
            if (n.doubleValue() != Math.rint(n.doubleValue())) {
                throw new SweepException("seeds: " + n + " is not a whole number; seeds are whole numbers, e.g. 1..10");
            }
            values.add(n.longValue());
        }
        if (values.isEmpty()) {
            throw new SweepException("seeds: none given; give whole numbers, e.g. 1..10, or leave seeds out to use the script's");
        }
        return new Seeds(values);
    }

    /**
     * Reads seeds written as ranges {@code first..last} (both included) and single seeds, separated by commas.
     *
     * @param text the seeds, e.g. {@code 1..3,10}
     * @return the seeds, in the order written
     * @throws SweepException for no text, an empty range, a non-number or a repeated seed
     */
    public static Seeds parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SweepException("seeds '" + (text == null ? "" : text) + "': none given; write them as 1..10 or 1,2,5");
        }
        List<Long> values = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String s = item.trim();
            try {
                int dots = s.indexOf("..");
                if (dots >= 0) {
                    long first = Long.parseLong(s.substring(0, dots).trim());
                    long last = Long.parseLong(s.substring(dots + 2).trim());
                    if (last < first) {
                        throw new SweepException("seeds '" + text + "': the range " + s + " is empty; give the smaller seed first, e.g. "
                            + last + ".." + first);
                    }
                    if (last - first >= MAX_SEEDS - values.size()) {
                        throw new SweepException("seeds '" + text + "': more than " + MAX_SEEDS + " seeds");
                    }
                    for (long k = first; k <= last; k++) {
                        values.add(k);
                    }
                } else {
                    values.add(Long.parseLong(s));
                }
            } catch (NumberFormatException e) {
                throw new SweepException("seeds '" + text + "': '" + s + "' is not a whole number or a range; write seeds as 1..10 or 1,2,5");
            }
        }
        return new Seeds(values);
    }

    @Override
    public String toString() {
        return values.isEmpty() ? "the script's" : values.toString();
    }
}
