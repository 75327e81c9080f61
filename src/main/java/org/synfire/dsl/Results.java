package org.synfire.dsl;

import java.util.LinkedHashMap;
import java.util.Map;
import org.synfire.model.RateProbeSpec;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.SynapseProbeSpec;
import org.synfire.model.morphology.Morphology;
import org.synfire.table.Tables;
import tech.tablesaw.api.Table;

/** Recordings handed to the result words, turned into tables by their kind. */
final class Results {
    private Results() {
    }

    static Table table(Recording... recordings) {
        if (recordings.length == 0) {
            throw new DslException("table", "give at least one recording, e.g. table(sp) for def sp = probe spikes(exc)");
        }
        Recording first = recordings[0];
        if (first.spec() instanceof SpikeProbeSpec) {
            return spikeTable("table", recordings);
        }
        if (recordings.length > 1) {
            throw new DslException("table", "only spike probes stack into one table; give one state, rate or synapse probe at a time");
        }
        if (first.spec() instanceof RateProbeSpec) {
            return Tables.rate(first.rate());
        }
        if (first.spec() instanceof SynapseProbeSpec) {
            return Tables.synapseTrace(first.trace());
        }
        Morphology shape = first.morphology();
        return shape == null ? Tables.trace(first.trace()) : Tables.alongCable(first.trace(), shape);
    }

    /** The spikes of several spike probes in one table, {@code group} naming each probe's group. */
    static Table spikeTable(String word, Recording... spikes) {
        Map<String, org.synfire.probe.SpikeTrains> byGroup = new LinkedHashMap<>();
        for (Recording r : spikes) {
            if (!(r.spec() instanceof SpikeProbeSpec s)) {
                throw new DslException(word, "probe '" + r.spec().name() + "' does not record spikes; give spike probes (probe spikes(...))");
            }
            byGroup.put(byGroup.containsKey(s.targetLabel()) ? s.name() : s.targetLabel(), r.trains());
        }
        return Tables.spikes(byGroup);
    }
}
