package org.synfire.sim;

import java.util.function.Consumer;
import org.synfire.units.Quantity;

/**
 * Code that a simulation calls every so often between steps, for what no equation expresses
 * (Brian2's {@code network_operation}): made by {@link Simulation#every}. It runs on the thread
 * that runs the simulation, with every worker waiting, at the start of each step whose time is a
 * multiple of its interval (t = 0 included), before the groups' {@code runRegularly} statements
 * and that step's synaptic input; what it sets through {@link Simulation#group} or
 * {@link Simulation#projection} acts from that step on. It counts its calls and the wall-clock
 * time they take, for the cost of a run.
 *
 * <pre>{@code
 * NetworkOperation kick = sim.every(Units.ms.of(50), s -> s.group("exc").set("I", Units.nA.of(0.5)));
 * sim.run(Units.ms.of(200));
 * System.out.println(kick);   // NetworkOperation 'operation0' every 50 ms: 4 calls, 0.1 ms
 * }</pre>
 */
public final class NetworkOperation {
    private final String name;
    private final Quantity interval;
    private final Consumer<Simulation> action;
    private long calls;
    private long nanos;

    NetworkOperation(String name, Quantity interval, Consumer<Simulation> action) {
        this.name = name;
        this.interval = interval;
        this.action = action;
    }

    /** Calls the action, counting and timing it; a failure becomes a message naming this operation and the time. */
    void call(Simulation sim) {
        long start = System.nanoTime();
        try {
            action.accept(sim);
        } catch (RuntimeException e) {
            throw new SimulationException("network operation '" + name + "' failed at t = " + sim.t() + " (" + e.getClass().getSimpleName()
                + ": " + e.getMessage() + "); the run stopped at the start of that step, and the state and recordings up to it are kept",
                e);
        } finally {
            calls++;
            nanos += System.nanoTime() - start;
        }
    }

    /** {@return the operation's name: given, or {@code operation<k>} for the k-th of its simulation} */
    public String name() {
        return name;
    }

    /** {@return how often it runs} */
    public Quantity interval() {
        return interval;
    }

    /** {@return how many times it has been called, over every run of its simulation (resets included)} */
    public long calls() {
        return calls;
    }

    /** {@return the wall-clock seconds its calls have taken, over every run of its simulation} */
    public double seconds() {
        return nanos * 1e-9;
    }

    @Override
    public String toString() {
        return "NetworkOperation '" + name + "' every " + interval + ": " + calls + " calls, " + String.format("%.3g", nanos * 1e-6) + " ms";
    }
}
