package org.synfire.cli;

import groovy.lang.Binding;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.synfire.dsl.Dsl;
import org.synfire.dsl.ScriptCache;
import org.synfire.dsl.ScriptException;
import org.synfire.shell.ProgressBar;
import org.synfire.sweep.Axis;
import org.synfire.sweep.Executor;
import org.synfire.sweep.ExecutorProvider;
import org.synfire.sweep.LocalExecutor;
import org.synfire.sweep.PointResult;
import org.synfire.sweep.PointsFile;
import org.synfire.sweep.Seeds;
import org.synfire.sweep.Shard;
import org.synfire.sweep.Study;
import org.synfire.sweep.Sweep;
import org.synfire.sweep.SweepException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code synfire sweep SCRIPT --grid ...}: runs a script at every point of a grid × seeds, in
 * this JVM (compiled once, kernels shared), several points at a time, into one study folder; and
 * {@code synfire sweep --merge DIR... --out DIR}, which joins the folders of a study's shards.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Runs a Synfire script at every point of a parameter grid (× seeds): each point as 'synfire run' runs it with "
        + "--param and --seed, in a folder of its own. sweep.csv gets one row per point: the parameters, the seed, the script's "
        + "results (the map of numbers it returns, or the table it saves as 'summary'), its status and error; sweep_mean.csv the "
        + "mean and sd over seeds; study.json each point's wall time. Points run side by side on the cores in this JVM, and "
        + "compiled kernels are reused. A point that fails is a row with its message; --resume continues a stopped study; "
        + "--shard K/N runs one of N parts (a job array) and --merge joins the parts."},
    footer = {"", "Examples:", "  synfire sweep scripts/brunel_phase_diagram.groovy --grid g=2:8:1 --grid eta=1:4:0.5 --seeds 1..2",
        "  synfire sweep scripts/cuba.groovy --grid we=0.5mV:2mV:0.5mV --parallel 2 --out out/cuba-we",
        "  synfire sweep scripts/x.groovy --grid g=1:8:1 --shard 2/4 --out out/x-2   (one task of a job array)",
        "  synfire sweep --merge out/x-1 out/x-2 out/x-3 out/x-4 --out out/x"})
final class SweepCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(paramLabel = "SCRIPT", arity = "0..*", description = "the script (with --merge: the study folders of the shards)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--grid", paramLabel = "NAME=VALUES", description = "a parameter and its values: g=4,5,6, eta=1:4:0.5 "
        + "(start:stop:step), tau=10ms:30ms:5ms, model=lif,adex; repeatable, the points are every combination")
    List<String> grids = new ArrayList<>();

    @Option(names = "--points", paramLabel = "FILE", description = "more points from a CSV file: a header of parameter names, "
        + "one point per line (each × the grid × the seeds)")
    Path pointsFile;

    @Option(names = "--seeds", paramLabel = "SEEDS", description = "each point once per seed: 1..10, 1,2,5 (default: the script's seed)")
    String seeds;

    @Option(names = "--out", paramLabel = "DIR", description = "the study folder (default: out/SCRIPT-NAME-sweep)")
    Path outDir;

    @Option(names = "--parallel", paramLabel = "N", description = "points at a time (default: the cores / --threads; at most the cores)")
    Integer parallel;

    @Option(names = "--threads", paramLabel = "N", description = "threads per point (default: cores / parallel points)")
    Integer threads;

    @Option(names = "--resume", description = "skip the points the study folder has results for (after a crash or Ctrl-C)")
    boolean resume;

    @Option(names = "--shard", paramLabel = "K/N", description = "run the K-th of N disjoint parts of the study")
    String shard;

    @Option(names = "--merge", description = "join the study folders given (the shards of one study) into --out")
    boolean merge;

    @Option(names = "--static", description = "compile the script with @CompileStatic")
    boolean statically;

    @Option(names = "--executor", paramLabel = "WHERE", description = "where the points run: local (default: threads in this JVM), "
        + "local[N] (Spark in this machine, N task slots), spark://HOST:PORT (a Spark standalone cluster), or spark (the master "
        + "spark-submit gave); Spark needs SPARK_HOME and Synfire's Spark module, see the README")
    String executorName = "local";

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "a Spark setting, as spark-submit's --conf: "
        + "spark.executor.memory=2g, spark.authenticate=true; repeatable")
    List<String> settings = new ArrayList<>();

    @Spec
    CommandSpec spec;

    SweepCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        try {
            return merge ? merge() : sweep();
        } catch (SweepException e) {
            err.println("synfire sweep: " + e.getMessage());
            return 2;
        }
    }

    private int merge() {
        if (paths.isEmpty() || outDir == null) {
            err.println("synfire sweep --merge: give the shards' study folders and --out, e.g. synfire sweep --merge out/x-1 out/x-2 --out out/x");
            return 2;
        }
        Sweep.Outcome merged = Sweep.merge(paths, outDir);
        out.println("synfire sweep: merged " + merged.results().size() + " points from " + paths.size() + " folders into " + outDir
            + summary(merged));
        return merged.failed().isEmpty() ? 0 : 1;
    }

    private int sweep() {
        if (paths.size() != 1) {
            err.println("synfire sweep: give one script, e.g. synfire sweep scripts/brunel_phase_diagram.groovy --grid g=4,5,6"
                + (paths.isEmpty() ? "" : " (got " + paths.size() + " paths; to join study folders add --merge)"));
            return 2;
        }
        Path script = paths.get(0);
        String text;
        try {
            text = ScriptFile.read(script);
        } catch (ScriptFile.Unreadable e) {
            err.println("synfire sweep: " + e.getMessage());
            return 2;
        }
        String name = script.getFileName().toString();
        List<Axis> axes = new ArrayList<>();
        grids.forEach(g -> axes.add(Axis.parse(g)));
        Study study = Study.of(text, axes, seeds == null ? Seeds.none() : Seeds.parse(seeds));
        if (pointsFile != null) {
            study = study.with(PointsFile.read(pointsFile));
        }
        Shard part = shard == null ? Shard.whole() : Shard.parse(shard);
        Optional<Set<String>> asked = ScriptCache.standard().paramNames(text, name, statically);
        String unknown = RunCommand.unknownParam("--grid", axes.stream().map(Axis::name).toList(), asked);
        if (unknown == null && study.file() != null) {
            unknown = RunCommand.unknownParam("--points " + pointsFile + ": the column", study.file().names(), asked);
        }
        if (unknown != null) {
            err.println("synfire sweep: " + unknown + " Nothing was run.");
            return 2;
        }
        Executor executor;
        if (executorName.equals("local")) {
            if (!settings.isEmpty()) {
                err.println("synfire sweep: --conf is for Spark (--executor local[N] or spark://HOST:PORT); the local executor takes "
                    + "--parallel and --threads");
                return 2;
            }
            LocalExecutor local = LocalExecutor.forThisMachine(parallel, threads);
            local.notes().forEach(note -> err.println("synfire sweep: " + note));
            executor = local;
        } else {
            if (parallel != null || threads != null) {
                err.println("synfire sweep: --parallel and --threads are for --executor local; on Spark a point takes spark.task.cpus "
                    + "cores and the cluster's cores set how many run at once");
                return 2;
            }
            Map<String, String> conf = conf();
            Optional<ExecutorProvider> provider = ExecutorProvider.find(executorName);
            if (provider.isEmpty()) {
                return elsewhere();
            }
            executor = provider.get().executor(executorName, conf, SparkLaunch.shippedJars());
        }
        // Compiled only here, where the points run: a study handed to Spark's JVM is compiled there.
        Dsl.Compiled compiled;
        try {
            compiled = Dsl.compile(Dsl.shell(new Binding(), statically), text, name);
        } catch (ScriptException e) {
            err.println(e.getMessage());
            return 1;
        }
        Path folder = outDir != null ? outDir : Path.of("out", name.replaceFirst("\\.groovy$", "") + "-sweep");
        ProgressBar bar = new ProgressBar(err, System.console() != null);
        Map<String, String> about = new LinkedHashMap<>();
        about.put("synfire", Main.version());
        about.put("script", script.toString());
        about.put("script_sha256", Manifest.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Sweep sweep = new Sweep(study, new ScriptPoints(script, text, statically, compiled), Sweep.Options.in(folder).executor(executor).shard(part)
            .resume(resume).progress((done, total) -> bar.count(done, total, "points")).about(about));
        Thread onSignal = new Thread(() -> {
            try {
                sweep.cancel(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "synfire-sweep-stop");
        Runtime.getRuntime().addShutdownHook(onSignal);
        Sweep.Outcome done;
        try {
            done = sweep.run();
        } finally {
            bar.finish();
            try {
                Runtime.getRuntime().removeShutdownHook(onSignal);
            } catch (IllegalStateException shuttingDown) {
                // A signal arrived as the study ended: the hook waits for its manifest.
            }
        }
        out.println("synfire sweep: " + done.results().size() + " of " + study.points(part).size() + " points"
            + (done.resumed() > 0 ? " (" + done.resumed() + " resumed)" : "") + String.format(Locale.ROOT, " in %.1f s", done.wallSeconds())
            + "; sweep.csv" + (done.mean() != null ? ", sweep_mean.csv" : "") + ", study.json and points/ in " + folder + summary(done));
        return done.failed().isEmpty() ? 0 : 1;
    }

    /**
     * The executor is not on this class path: Spark's, run from a second JVM that has it (the
     * second JVM, which should have found it, says so instead of starting a third).
     */
    private int elsewhere() {
        if (!executorName.equals("spark") && !executorName.startsWith("spark://") && !executorName.matches("local\\[.*]")
            && !executorName.equals("yarn") && !executorName.startsWith("k8s://")) {
            err.println("synfire sweep: --executor " + executorName + " is no executor; give local, local[N], spark://HOST:PORT or spark");
            return 2;
        }
        if (System.getProperty(SparkLaunch.JARS_PROPERTY) != null) {
            err.println("synfire sweep: this JVM was started for Spark but finds no Spark executor on its class path; "
                + "rebuild synfire-spark for the Spark in SPARK_HOME");
            return 2;
        }
        try {
            SparkLaunch spark = SparkLaunch.find(executorName, System.getenv(), System.getProperty("synfire.home"));
            return spark.run(spec.commandLine().getParseResult().originalArgs(), out, err);
        } catch (SparkLaunch.Missing e) {
            err.println("synfire sweep: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            err.println("synfire sweep: cannot start Java for Spark: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** The {@code --conf} settings, name to value. */
    private Map<String, String> conf() {
        Map<String, String> conf = new LinkedHashMap<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new SweepException("--conf " + s + ": give KEY=VALUE, e.g. --conf spark.executor.memory=2g");
            }
            conf.put(s.substring(0, eq).trim(), s.substring(eq + 1).trim());
        }
        return conf;
    }

    /** The failures, if any, for the closing line: how many, and the first's message. */
    private static String summary(Sweep.Outcome done) {
        List<PointResult> failed = done.failed();
        if (failed.isEmpty()) {
            return "";
        }
        return "\n  " + failed.size() + " point" + (failed.size() == 1 ? "" : "s") + " failed (the error column of sweep.csv has each message); "
            + "the first, " + failed.get(0).point() + ": " + failed.get(0).error();
    }
}
