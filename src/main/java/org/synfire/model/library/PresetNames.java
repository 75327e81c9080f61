package org.synfire.model.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.synfire.model.SpecException;

/**
 * The named presets of one template: each has a full name, optional aliases (abbreviations,
 * the paper's spelling) and a value. Names are matched ignoring case, hyphens, underscores and
 * repeated spaces, so {@code "Low-threshold spiking"}, {@code "low_threshold_spiking"} and
 * {@code "LTS"} find the same preset. Immutable after construction.
 *
 * @param <T> what a preset holds
 */
final class PresetNames<T> {
    private final String template;
    private final Map<String, T> byKey = new LinkedHashMap<>();
    private final List<String> described = new ArrayList<>();
    private final List<String> fullNames = new ArrayList<>();

    /** @param template the template's name, used in error messages (e.g. {@code izhikevich}) */
    PresetNames(String template) {
        this.template = template;
    }

    /** Adds a preset under its full name and aliases; returns this for chaining. */
    PresetNames<T> add(String fullName, T value, String... aliases) {
        fullNames.add(fullName);
        described.add(aliases.length == 0 ? fullName : fullName + " (" + String.join(", ", aliases) + ")");
        put(fullName, value);
        for (String alias : aliases) {
            put(alias, value);
        }
        return this;
    }

    private void put(String name, T value) {
        String key = key(name);
        if (byKey.putIfAbsent(key, value) != null) {
            throw new IllegalStateException("preset name '" + name + "' of " + template + " is defined twice");
        }
    }

    /**
     * The preset named {@code name} (full name or alias).
     *
     * @throws SpecException {@code Model 'template'.preset: unknown preset 'x'; known: ...} listing every name
     */
    T get(String name) {
        T value = name == null ? null : byKey.get(key(name));
        if (value == null) {
            throw new SpecException("Model", template, "preset", "unknown preset '" + name + "'; known: " + String.join(", ", described));
        }
        return value;
    }

    /** Full names in the documented order. */
    List<String> names() {
        return List.copyOf(fullNames);
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("[-_\\s]+", " ");
    }
}
