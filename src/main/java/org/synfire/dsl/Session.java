package org.synfire.dsl;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.synfire.build.BuildReport;
import org.synfire.sim.Simulation;
import org.synfire.model.Network;
import org.synfire.units.Quantity;

/**
 * What one script, REPL or notebook accumulates: the network being described, the simulation
 * built from it at the first run, the options given on the command line (seed, threads, output
 * folder, parameters) and the files saved. Scripts sharing a binding share the session, so
 * notebook cells and REPL lines see each other's groups and results.
 */
public final class Session {
    /**
     * Settings from outside the script; a seed or thread count given here wins over the script's
     * own {@code seed}/{@code threads}, so a command line can rerun a script with another seed.
     *
     * @param seed     the seed to use, or {@code null} for the script's
     * @param threads  worker threads, or {@code null} for the script's (default: the engine's choice)
     * @param out      where {@code save} writes
     * @param params   {@code --param name=value} texts, parsed when the script asks with {@code param}
     * @param progress receives run progress, or {@code null}
     * @param console  where {@code report} and warnings print
     */
    public record Options(Long seed, Integer threads, Path out, Map<String, String> params, Simulation.Progress progress,
                          PrintStream console) {
        /**
         * Settings as given; the parameters are copied.
         *
         * @param seed     the seed to use, or {@code null} for the script's
         * @param threads  worker threads, or {@code null} for the script's
         * @param out      where {@code save} writes
         * @param params   {@code --param name=value} texts by name
         * @param progress receives run progress, or {@code null}
         * @param console  where {@code report} and warnings print
         */
        public Options {
            // In the order given, so a manifest lists them as the command line or the study did.
            params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }

        /** {@return no overrides, files saved to the current folder, output to stdout} */
        public static Options defaults() {
            return new Options(null, null, Path.of("."), Map.of(), null, System.out);
        }
    }

    /**
     * One network and the simulation built from it. Handles keep the scope they were made in, so
     * after {@code startScope()} the probes of an earlier network still read its results.
     */
    static final class Scope {
        private final Network network;
        private final List<Runnable> whenBuilt = new ArrayList<>();
        private Simulation simulation;

        Scope(Network network) {
            this.network = network;
        }
    }

    private final Options options;
    private Scope scope;
    private Integer threads;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, Projection> projections = new LinkedHashMap<>();
    private final Set<String> paramsAsked = new LinkedHashSet<>();
    private final List<Path> saved = new ArrayList<>();
    private final List<Runnable> onSave = new ArrayList<>();
    private final List<Consumer<BuildReport>> onBuild = new ArrayList<>();
    private volatile Simulation running;
    private volatile boolean stopped;
    private final List<RunSummary> finished = new ArrayList<>();

    /**
     * A session with an empty network.
     *
     * @param options settings from outside the script
     */
    public Session(Options options) {
        this.options = options;
        startScope();
    }

    /** {@return the settings from outside the script} */
    public Options options() {
        return options;
    }

    /** Forgets the network and its simulation and starts an empty one (Brian2's {@code start_scope()}). */
    public void startScope() {
        startScope(Network.create());
    }

    /**
     * Forgets the network and its simulation and goes on with {@code network}, made elsewhere (a
     * reference network of the library); a seed from outside replaces its own, as it replaces a
     * script's. The caller registers its groups and projections.
     */
    void startScope(Network network) {
        if (scope != null && scope.simulation != null) {
            finished.add(RunSummary.of(scope.simulation));
        }
        scope = new Scope(network);
        if (options.seed() != null) {
            scope.network.seed(options.seed());
        }
        threads = options.threads();
        groups.clear();
        projections.clear();
    }

    /** The current network and simulation, kept by the handles made now. */
    Scope scope() {
        return scope;
    }

    /** The network being described; throws once it was built, since a built network cannot grow. */
    Network describing(String word) {
        return describing(scope, word);
    }

    /** The network of {@code owner}, if it is the current one and not yet built. */
    Network describing(Scope owner, String word) {
        if (owner != scope) {
            throw new DslException(word, "belongs to an earlier network (before startScope()); its results can be read, not changed");
        }
        if (scope.simulation != null) {
            throw new DslException(word, "the network was built by the first run and cannot change shape now; "
                + "declare groups, connections, inputs and probes before the first run, or call startScope() to begin a new network");
        }
        return scope.network;
    }

    boolean isBuilt() {
        return scope.simulation != null;
    }

    static boolean isBuilt(Scope owner) {
        return owner.simulation != null;
    }

    void seed(long value) {
        if (options.seed() == null) {
            describing("seed").seed(value);
        }
    }

    void threads(int count) {
        if (count < 1) {
            throw new DslException("threads", count + " threads; give 1 or more");
        }
        if (options.threads() == null) {
            threads = count;
            if (scope.simulation != null) {
                scope.simulation.threads(count);
            }
        }
    }

    /**
     * Builds the network if that has not happened yet, and returns the simulation; after it the
     * network can no longer change. Build warnings go to standard error.
     *
     * @return the simulation of the current network
     * @throws org.synfire.build.BuildException listing every problem the build found
     */
    public Simulation simulation() {
        if (scope.simulation == null) {
            scope.simulation = Simulation.build(scope.network);
            // On stderr, so a script's printed results stay clean and a notebook shows them as the cell's warnings.
            scope.simulation.report().warnings().forEach(w -> System.err.println("warning: " + w));
            if (threads != null) {
                scope.simulation.threads(threads);
            }
            scope.whenBuilt.forEach(Runnable::run);
            onBuild.forEach(listener -> listener.accept(scope.simulation.report()));
        }
        return scope.simulation;
    }

    /**
     * Adds a network operation to the simulation, now if it is built, else as soon as it is
     * (operations are code attached to a simulation, so the network description cannot hold them).
     */
    void every(String name, Quantity interval, Consumer<Simulation> operation) {
        Scope owner = scope;
        Runnable add = () -> {
            if (name == null) {
                owner.simulation.every(interval, operation);
            } else {
                owner.simulation.every(name, interval, operation);
            }
        };
        if (owner.simulation != null) {
            add.run();
        } else {
            owner.whenBuilt.add(add);
        }
    }

    /** The simulation if the network has been built, for reading results; a clear error otherwise. */
    Simulation built(String word) {
        return built(scope, word);
    }

    /** The simulation of {@code owner}'s network, for reading its results. */
    Simulation built(Scope owner, String word) {
        if (owner.simulation == null) {
            throw new DslException(word, owner == scope
                ? "there are no results yet: the network is built and simulated by run (e.g. run 100.ms); build() builds it without running, to inspect it first"
                : "belongs to an earlier network that was never run before startScope()");
        }
        return owner.simulation;
    }

    void run(Quantity duration) {
        Simulation sim = simulation();
        if (!stopped) {
            running = sim;
            try {
                sim.run(duration, options.progress());
            } finally {
                running = null;
            }
        }
        if (stopped) {
            throw new DslException("run", "stopped at t = " + sim.t() + " by a signal; the files written so far are complete");
        }
    }

    /**
     * Stops the run in progress at the end of its step and refuses later ones (the command line's
     * answer to SIGTERM), waiting up to {@code patience} for the run to end and its spike files
     * to be flushed.
     *
     * @param patience how long to wait for the run to end
     * @return whether no run is in progress any more
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public boolean stop(java.time.Duration patience) throws InterruptedException {
        stopped = true;
        Simulation sim = running;
        if (sim != null) {
            sim.cancel();
            long deadline = System.nanoTime() + patience.toNanos();
            while (running == sim && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
        return running == null;
    }

    void add(Group group) {
        groups.put(group.name(), group);
    }

    void add(Projection projection) {
        projections.put(projection.name(), projection);
    }

    /** {@return the current network's group handles by name, in the order they were declared} */
    public Map<String, Group> groups() {
        return Collections.unmodifiableMap(groups);
    }

    /** {@return the current network's projection handles by name, in the order they were declared} */
    public Map<String, Projection> projections() {
        return Collections.unmodifiableMap(projections);
    }

    /** A name not yet used by a projection: {@code base}, then {@code base_2}, ... */
    String freeProjectionName(String base) {
        String name = base;
        for (int k = 2; projections.containsKey(name); k++) {
            name = base + "_" + k;
        }
        return name;
    }

    /** The value of script parameter {@code name}: the command line's if given, parsed like the default, else the default. */
    Object param(String name, Object fallback) {
        paramsAsked.add(name);
        String given = options.params().get(name);
        return given == null ? fallback : Parameters.parse(name, given, fallback);
    }

    /** {@return the parameters given from outside that the script never asked for (most likely typos), sorted} */
    public List<String> unusedParams() {
        return options.params().keySet().stream().filter(p -> !paramsAsked.contains(p)).sorted().toList();
    }

    /** {@return the names of the parameters the script asked for with {@code param}, in the order asked} */
    public Set<String> paramsAsked() {
        return Collections.unmodifiableSet(paramsAsked);
    }

    /** Checks that {@code name} is a plain file name, so nothing is written outside the output folder. */
    static void checkFileName(String name) {
        if (!name.matches("[A-Za-z0-9_.-]+") || name.startsWith(".")) {
            throw new DslException("save", "'" + name + "' is not a plain file name; use letters, digits, '_', '-' and '.' (e.g. 'raster')");
        }
    }

    /** The file {@code name} in the output folder, created with its folder when written. */
    Path output(String name) {
        checkFileName(name);
        try {
            Files.createDirectories(options.out());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + options.out(), e);
        }
        return options.out().resolve(name);
    }

    /** Records files written whole, in order, and tells whoever asked ({@link #whenSaved}). */
    void saved(List<Path> files) {
        saved.addAll(files);
        onSave.forEach(Runnable::run);
    }

    /**
     * Runs a listener after each {@code save}, e.g. to bring a run's manifest up to date.
     *
     * @param listener called on the thread that saved, after the files are written
     */
    public void whenSaved(Runnable listener) {
        onSave.add(listener);
    }

    /**
     * Runs a listener with the report of every network this session builds, e.g. to tell a study its size.
     *
     * @param listener called right after each build, on the thread that built
     */
    public void whenBuilt(Consumer<BuildReport> listener) {
        onBuild.add(listener);
    }

    /** {@return every file saved so far, in order} */
    public List<Path> saved() {
        return Collections.unmodifiableList(saved);
    }

    /** {@return the current network's simulation, or empty before it is built} */
    public Optional<Simulation> current() {
        return Optional.ofNullable(scope.simulation);
    }

    /** Stops the run in progress, if any, at the end of its step (Ctrl-C in the REPL); later runs go ahead. */
    public void cancel() {
        Simulation sim = running;
        if (sim != null) {
            sim.cancel();
        }
    }

    /**
     * What one simulation of this session did, for a run's record. A scope that ends keeps only
     * this of its simulation, so a notebook that starts hundreds of scopes holds none of their state.
     *
     * @param simulatedSeconds the simulated time, in seconds
     * @param runSeconds       the wall time its runs took, in seconds
     * @param threads          the worker threads it ran with
     * @param spikes           spikes emitted per group, recorded or not
     */
    public record RunSummary(double simulatedSeconds, double runSeconds, int threads, Map<String, Long> spikes) {
        static RunSummary of(Simulation sim) {
            Map<String, Long> spikes = new LinkedHashMap<>();
            for (BuildReport.GroupReport g : sim.report().groups()) {
                spikes.put(g.name(), sim.spikeCount(g.name()));
            }
            return new RunSummary(sim.t().si(), sim.runSeconds(), sim.threads(), Collections.unmodifiableMap(spikes));
        }
    }

    /** {@return every simulation this session has built: earlier networks first, then the current one as it stands now} */
    public List<RunSummary> runs() {
        List<RunSummary> all = new ArrayList<>(finished);
        current().ifPresent(sim -> all.add(RunSummary.of(sim)));
        return all;
    }
}
