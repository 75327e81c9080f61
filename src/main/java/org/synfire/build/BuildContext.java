package org.synfire.build;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.synfire.SynfireException;
import org.synfire.model.NetworkSpec;
import org.synfire.model.SpecException;

/**
 * What every build function of one build shares: the network, its time step (checked once, by
 * the spec), its seed and the backend, and the problems found so far. Build functions
 * report a problem by throwing; {@link #attempt} files it under the object being built and goes
 * on, so one build reports every problem of the network at once.
 */
final class BuildContext {
    /** The network being built. */
    final NetworkSpec network;
    /** The time step in seconds: positive and finite. */
    final double dt;
    /** The seed every random stream of the network is keyed by. */
    final long seed;
    final Backend backend;
    private final List<BuildException.Problem> problems = new ArrayList<>();
    private SynfireException firstCause;

    /** @param network a network whose time step its spec has checked */
    BuildContext(NetworkSpec network, Backend backend) {
        this.network = network;
        this.dt = network.dt().si();
        this.seed = network.seed();
        this.backend = backend;
    }

    /** The whole number of steps nearest to {@code seconds}. */
    long steps(double seconds) {
        return Math.round(seconds / dt);
    }

    /**
     * Runs one build function of the object {@code kind 'name'} (e.g. {@code Group 'exc'}); what
     * it throws becomes a problem of that object, named in front of the message unless the
     * exception names the object itself.
     *
     * @return the function's result, or {@code null} when it failed
     */
    <T> T attempt(String kind, String name, Supplier<T> function) {
        try {
            return function.get();
        } catch (SynfireException e) {
            boolean named = e instanceof SpecException s && s.isAbout(kind, name);
            problem(kind, name, named ? e.getMessage() : kind + " '" + name + "': " + e.getMessage());
            firstCause = firstCause == null ? e : firstCause;
            return null;
        } catch (UncheckedIOException e) {
            // Files a probe streams to: the recorder's message names the probe and the file.
            problem(kind, name, e.getMessage());
            return null;
        }
    }

    /** Records a problem of the object {@code kind 'name'}, whose message names it already. */
    void problem(String kind, String name, String message) {
        problems.add(new BuildException.Problem(kind + " '" + name + "'", message, network.locationOf(kind, name)));
    }

    /** Records a problem of the network as a whole (its size, its time step). */
    void networkProblem(String message) {
        problems.add(new BuildException.Problem("Network", message, Optional.empty()));
    }

    /** Ends the build if any problem was found, with all of them, in the order found. */
    void failIfProblems() {
        if (!problems.isEmpty()) {
            BuildException failure = new BuildException(problems);
            if (firstCause != null) {
                failure.initCause(firstCause);
            }
            throw failure;
        }
    }
}
