package org.synfire.build;

import java.util.List;
import java.util.Locale;

/**
 * What the build decided and how long it took, per group (the integration method and why, the
 * generated kernel class, the time to check, generate and compile, the bytes of state) and
 * per projection (synapses, how spikes are delivered, time to generate, bytes per synapse).
 * Print it to see, e.g., that a LIF group is integrated exactly and its kernel came from the cache.
 *
 * @param groups      one line per neuron group
 * @param projections one line per projection
 * @param warnings    what the build changed or doubts without refusing the network (e.g. delays rounded to the
 *                    step), one line each; front ends show them (the DSL on stderr)
 * @param totalMillis wall time of the whole build
 * @param threads     the threads a run uses unless told otherwise ({@code Simulation.threads}, the DSL's {@code threads})
 * @param threadsWhy  why that many: the estimated work of a step against the cost of sharing it
 */
public record BuildReport(List<GroupReport> groups, List<ProjectionReport> projections, List<String> warnings, double totalMillis,
                          int threads, String threadsWhy) {

    /**
     * @param name          the group
     * @param model         its model
     * @param size          neurons
     * @param method        integration method (or "none")
     * @param reason        why that method
     * @param kernelClass   the generated class
     * @param lanes         how the kernel integrates: "vector, 8 lanes" (Vector API), or "scalar: " and why not vector
     * @param cached        whether the kernel came from the cache
     * @param checkMillis   units, names and method choice
     * @param codegenMillis generating Java source
     * @param compileMillis compiling it (0 when cached)
     * @param warmUpMillis  running a vector kernel on scratch state until the JIT compiled it (0 when not needed)
     * @param bytes         memory of the group's state
     */
    public record GroupReport(String name, String model, int size, String method, String reason, String kernelClass,
                              String lanes, boolean cached, double checkMillis, double codegenMillis,
                              double compileMillis, double warmUpMillis, long bytes) {
    }

    /**
     * @param name           the projection
     * @param source         its source population
     * @param target         its target group
     * @param rule           the connection rule
     * @param synapses       synapses generated
     * @param delivery       how spikes are delivered (additive or per-synapse code, delays)
     * @param kernelClass    the generated class
     * @param cached         whether the kernel came from the cache
     * @param compileMillis  compiling it (0 when cached)
     * @param generateMillis generating connectivity, values and delays
     * @param bytes          memory of the synapses and of the rows that index them by source
     * @param synapseBytes   memory of one synapse (its target, values and delay)
     */
    public record ProjectionReport(String name, String source, String target, String rule, int synapses, String delivery,
                                   String kernelClass, boolean cached, double compileMillis, double generateMillis, long bytes,
                                   long synapseBytes) {
    }

    /**
     * Copies the lists, so a report never changes.
     *
     * @param groups      one line per neuron group
     * @param projections one line per projection
     * @param warnings    what the build changed or doubts without refusing the network, one line each
     * @param totalMillis wall time of the whole build
     * @param threads     the threads a run uses unless told otherwise
     * @param threadsWhy  why that many
     */
    public BuildReport {
        groups = List.copyOf(groups);
        projections = List.copyOf(projections);
        warnings = List.copyOf(warnings);
    }

    /**
     * {@return the estimated bytes of the network's state: every group's and every projection's, what stays on the
     * heap while the simulation lives}
     */
    public long bytes() {
        return groups.stream().mapToLong(GroupReport::bytes).sum() + projections.stream().mapToLong(ProjectionReport::bytes).sum();
    }

    /**
     * The report of one group.
     *
     * @param name the group's name
     * @return its line of the report
     * @throws BuildException if the network has no group of that name (the message lists those it has)
     */
    public GroupReport group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst()
            .orElseThrow(() -> new BuildException("BuildReport", "no group named '" + name + "' in the build report; groups: "
                + String.join(", ", groups.stream().map(GroupReport::name).toList())));
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Build: %.1f ms; memory about %s; threads %d (%s)%n",
            totalMillis, sizeText(bytes()), threads, threadsWhy));
        for (GroupReport g : groups) {
            out.append(String.format(Locale.ROOT,
                "  %s: %d × %s, method %s (%s), %s%n    check %.2f ms, codegen %.2f ms, compile %s%s; %d bytes of state%n",
                g.name(), g.size(), g.model(), g.method(), g.reason(), g.lanes(), g.checkMillis(), g.codegenMillis(),
                g.cached() ? "cached" : String.format(Locale.ROOT, "%.1f ms", g.compileMillis()),
                g.warmUpMillis() > 0 ? String.format(Locale.ROOT, ", warm-up %.0f ms", g.warmUpMillis()) : "", g.bytes()));
        }
        for (ProjectionReport p : projections) {
            out.append(String.format(Locale.ROOT,
                "  %s: %s → %s, %s: %d synapses, %s%n    generate %.1f ms, compile %s; %d bytes (%.1f per synapse)%n",
                p.name(), p.source(), p.target(), p.rule(), p.synapses(), p.delivery(), p.generateMillis(),
                p.cached() ? "cached" : String.format(Locale.ROOT, "%.1f ms", p.compileMillis()), p.bytes(), (double) p.synapseBytes()));
        }
        for (String w : warnings) {
            out.append("  warning: ").append(w).append(System.lineSeparator());
        }
        return out.toString();
    }

    /** {@return bytes in the unit that reads best: {@code 288 bytes}, {@code 35.2 kB}, {@code 8.6 MB}, {@code 2.84 GB}} */
    static String sizeText(long bytes) {
        if (bytes < 1_000) {
            return bytes + " bytes";
        }
        return bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
            : bytes < 1_000_000_000 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1e6)
            : String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }
}
