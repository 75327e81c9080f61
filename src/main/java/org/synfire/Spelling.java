package org.synfire;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Edit distances between names, for "did you mean" in error messages everywhere. */
public final class Spelling {
    private Spelling() {
    }

    /**
     * The Levenshtein distance: insertions, deletions and substitutions that turn {@code a} into {@code b}.
     *
     * @param a one word
     * @param b another
     * @return the number of single-character edits, 0 for equal words
     */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The known names closest to {@code name}, nearest first (ties alphabetically), at most {@code limit}.
     *
     * @param name  a name that matched nothing, e.g. a misspelt word
     * @param known the names it could have meant
     * @param limit how many to give at most
     * @return the nearest names, for a "did you mean" message
     */
    public static List<String> nearest(String name, Collection<String> known, int limit) {
        return known.stream().sorted(Comparator.comparingInt((String k) -> distance(k, name)).thenComparing(k -> k)).limit(limit).toList();
    }
}
