package org.synfire.dsl;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A reference network of the library taken into a script by {@code network}: the handles of its
 * groups and projections by name, which work as those a script declares itself, and the
 * recordings of each population's spikes, in the library's order.
 *
 * <pre>{@code
 * def mc = network Microcircuit.scaled(0.1).build()
 * def deep = probe spikes(mc.groups.L5E, neurons: 0..99)
 * run 1.s
 * println mc.spikes[0].count
 * }</pre>
 */
public final class ReferenceNetwork {
    private final Map<String, Group> groups;
    private final Map<String, Projection> projections;
    private final List<Recording> spikes;

    ReferenceNetwork(Map<String, Group> groups, Map<String, Projection> projections, List<Recording> spikes) {
        this.groups = Collections.unmodifiableMap(groups);
        this.projections = Collections.unmodifiableMap(projections);
        this.spikes = List.copyOf(spikes);
    }

    /** {@return its groups (and spike sources) by name, in the order the network declares them} */
    public Map<String, Group> getGroups() {
        return groups;
    }

    /** {@return its projections by name, in the order the network declares them} */
    public Map<String, Projection> getProjections() {
        return projections;
    }

    /** {@return the spike probe of each population the library records, in its order; results after a run} */
    public List<Recording> getSpikes() {
        return spikes;
    }

    @Override
    public String toString() {
        return "network of " + groups.size() + " populations (" + String.join(", ", groups.keySet()) + ") and " + projections.size()
            + " projections";
    }
}
