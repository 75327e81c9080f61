package org.synfire.dsl;

import groovy.lang.GroovyObjectSupport;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import org.codehaus.groovy.runtime.InvokerHelper;
import org.synfire.model.GroupSpec;
import org.synfire.model.ProbeSpec;
import org.synfire.model.RateProbeSpec;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.morphology.Morphology;
import org.synfire.probe.PopulationRate;
import org.synfire.probe.SpikeTrains;
import org.synfire.probe.StateTrace;

/**
 * What {@code probe} returns: a handle on a probe whose results appear once the network has
 * run. {@link #result()} is the recording itself ({@link SpikeTrains}, {@link StateTrace} or
 * {@link PopulationRate}); its properties and methods can be used on the handle directly
 * ({@code sp.count}, {@code sp.counts()}), and the handle can be given to {@code table} and
 * the plotting words.
 */
public final class Recording extends GroovyObjectSupport {
    private final Session session;
    private final Session.Scope scope;
    private final ProbeSpec spec;

    Recording(Session session, ProbeSpec spec) {
        this.session = session;
        this.scope = session.scope();
        this.spec = spec;
    }

    /** {@return the probe as the network describes it} */
    public ProbeSpec spec() {
        return spec;
    }

    /**
     * {@return the recording so far: {@link SpikeTrains}, {@link StateTrace} or {@link PopulationRate}; empty before the first run}
     *
     * @throws DslException before the network is built
     */
    public Object result() {
        return session.built(scope, "probe '" + spec.name() + "'").data(spec);
    }

    /** The type of {@link #result()}, known before the run: what {@code sp.} offers and what calls on the handle reach. */
    Class<?> recordsAs() {
        if (spec instanceof SpikeProbeSpec) {
            return SpikeTrains.class;
        }
        return spec instanceof RateProbeSpec ? PopulationRate.class : StateTrace.class;
    }

    /**
     * {@return the spikes of a spike or event probe, so far}
     *
     * @throws DslException before the network is built, or for a probe of another kind
     */
    public SpikeTrains trains() {
        return as(SpikeTrains.class);
    }

    /**
     * {@return the traces of a state or synapse probe, so far}
     *
     * @throws DslException before the network is built, or for a probe of another kind
     */
    public StateTrace trace() {
        return as(StateTrace.class);
    }

    /**
     * {@return the population rate of a rate probe, so far}
     *
     * @throws DslException before the network is built, or for a probe of another kind
     */
    public PopulationRate rate() {
        return as(PopulationRate.class);
    }

    /**
     * The shape of the spatial neurons a state probe records (their elements then are
     * compartments, numbered as in the whole group), or {@code null} for point neurons and slices.
     */
    Morphology morphology() {
        Group g = spec instanceof StateProbeSpec s && s.slice() == null ? session.groups().get(s.target()) : null;
        return g != null && g.spec() instanceof GroupSpec group && group.cable() != null ? group.cable().morphology() : null;
    }

    private <T> T as(Class<T> type) {
        Object r = result();
        if (!type.isInstance(r)) {
            throw new DslException("probe '" + spec.name() + "'", "records " + r.getClass().getSimpleName() + ", not " + type.getSimpleName());
        }
        return type.cast(r);
    }

    @Override
    public Object getProperty(String property) {
        return switch (property) {
            case "spec" -> spec;
            case "result" -> result();
            case "trains" -> trains();
            case "trace" -> trace();
            case "rate" -> rate();
            default -> property(result(), property);
        };
    }

    /** A property of the recording, or its no-argument method of that name (records have {@code count()}, not {@code getCount()}). */
    private static Object property(Object target, String property) {
        try {
            return InvokerHelper.getProperty(target, property);
        } catch (MissingPropertyException e) {
            try {
                return InvokerHelper.invokeMethod(target, property, null);
            } catch (MissingMethodException notMethod) {
                throw e;
            }
        }
    }

    @Override
    public Object invokeMethod(String method, Object args) {
        if (method.equals("call")) {
            throw new DslException("probe '" + spec.name() + "'", "a variable holding this probe was called like a function: "
                + "a variable named like a DSL word (spikes, state, rate) hides the word; give the variable another name");
        }
        return InvokerHelper.invokeMethod(result(), method, args);
    }

    @Override
    public String toString() {
        return Session.isBuilt(scope) ? result().toString() : spec + " (not run yet)";
    }
}
