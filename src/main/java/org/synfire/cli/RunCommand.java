package org.synfire.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.synfire.Spelling;
import org.synfire.dsl.Dsl;
import org.synfire.dsl.ScriptCache;
import org.synfire.dsl.ScriptException;
import org.synfire.dsl.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.synfire.shell.ProgressBar;

/**
 * {@code synfire run SCRIPT}: runs a Groovy script with the DSL, writes what it saves into the
 * output folder and a {@code manifest.json} saying how the results were made.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Runs a Synfire script (Groovy with the Synfire DSL). Tables and figures the script saves go into the "
        + "output folder (CSV, PNG and SVG) with a manifest.json: Synfire version, script hash, parameters, seed, threads, "
        + "timings and spike counts. The same script, parameters and seed give byte-identical tables."},
    footer = {"", "Example:", "  synfire run scripts/brunel.groovy --param g=5 --param eta=2 --seed 7 --out out/brunel"})
final class RunCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(index = "0", paramLabel = "SCRIPT", description = "the script to run, e.g. scripts/cuba.groovy")
    Path script;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a value for the script's param(NAME, default); repeatable")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--seed", paramLabel = "N", description = "the seed of every random stream (default: the script's)")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the script's, else chosen by the engine)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "where results go (default: out/SCRIPT-NAME)")
    Path outDir;

    @Option(names = "--static", description = "compile the script with @CompileStatic (faster, typos caught before it runs)")
    boolean statically;

    @Option(names = "--allow-unused-params", description = "run even if a --param names no param(...) of the script "
        + "(by default that is refused before the run, as a misspelt name would silently run with the default)")
    boolean allowUnusedParams;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (threads != null && threads < 1) {
            err.println("synfire run: --threads " + threads + ": give 1 or more");
            return 2;
        }
        String text;
        try {
            text = ScriptFile.read(script);
        } catch (ScriptFile.Unreadable e) {
            err.println("synfire run: " + e.getMessage());
            return 2;
        }
        String name = script.getFileName().toString();
        Path folder = outDir != null ? outDir : Path.of("out", name.replaceFirst("\\.groovy$", ""));
        String refused = outFolderProblem(folder);
        ScriptCache cache = ScriptCache.standard();
        // Without --param there is nothing to check, and the scan would parse the script once more.
        if (refused == null && !allowUnusedParams && !params.isEmpty()) {
            refused = unknownParam("--param", params.keySet(), cache.paramNames(text, name, statically));
            refused = refused == null ? null : refused + " Nothing was run; add --allow-unused-params to run anyway";
        }
        if (refused != null) {
            err.println("synfire run: " + refused);
            return 2;
        }
        // A bar redrawn with carriage returns only makes sense on a terminal, not in a log file.
        ProgressBar progress = new ProgressBar(err, System.console() != null);
        Session session = new Session(new Session.Options(seed, threads, folder, params, progress, out));
        Record record = new Record(folder, text, session);
        record.write(Manifest.Status.RUNNING, null);
        session.whenSaved(record::update);
        Thread onSignal = new Thread(record::interrupt, "synfire-manifest");
        Runtime.getRuntime().addShutdownHook(onSignal);
        PrintStream stdout = System.out;
        System.setOut(out);
        try {
            Dsl.evaluate(Dsl.binding(session), statically, text, name, cache);
        } catch (ScriptException e) {
            progress.finish();
            record.finish(Manifest.Status.FAILED, e.getMessage());
            err.println(e.getMessage());
            return 1;
        } catch (RuntimeException | Error e) {
            record.finish(Manifest.Status.FAILED, e.toString());
            throw e;
        } finally {
            System.setOut(stdout);
            try {
                Runtime.getRuntime().removeShutdownHook(onSignal);
            } catch (IllegalStateException shuttingDown) {
                // A signal arrived as the script ended: the hook writes the record.
            }
        }
        progress.finish();
        for (String unused : session.unusedParams()) {
            err.println("synfire run: warning: --param " + unused + " was given but the script never asks for it (it asks for: "
                + (session.paramsAsked().isEmpty() ? "nothing" : String.join(", ", session.paramsAsked())) + ")");
        }
        record.finish(Manifest.Status.COMPLETED, null);
        out.println("synfire run: " + session.saved().size() + " file(s) and manifest.json in " + folder);
        return 0;
    }

    private static final String SIGNALLED = "stopped by a signal (SIGTERM or Ctrl-C)";

    /** The run's manifest, written when it starts and once more when it ends, however it ends. */
    private final class Record {
        private final Path folder;
        private final String text;
        private final Session session;
        private final Instant started = Instant.now();
        private final long t0 = System.nanoTime();
        private boolean ended;
        private volatile boolean signalled;

        Record(Path folder, String text, Session session) {
            this.folder = folder;
            this.text = text;
            this.session = session;
        }

        /**
         * On SIGTERM or Ctrl-C: stops the run in progress at the end of its step, so its spike
         * files are flushed and the simulated time is exact, then records the run as interrupted.
         */
        void interrupt() {
            signalled = true;
            try {
                session.stop(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finish(Manifest.Status.INTERRUPTED, SIGNALLED);
        }

        /**
         * The last word on the run: the first caller wins (the script's end, its failure or a
         * signal), and a later caller waits until it is written, so the JVM does not stop mid-write.
         */
        synchronized void finish(Manifest.Status status, String error) {
            if (ended) {
                return;
            }
            ended = true;
            boolean stopped = signalled && status == Manifest.Status.FAILED;
            try {
                write(stopped ? Manifest.Status.INTERRUPTED : status, stopped ? SIGNALLED : error);
            } catch (IOException e) {
                err.println("synfire run: cannot write manifest.json in " + folder + ": " + e.getMessage());
            }
        }

        /** The manifest, still running, with the files saved so far; a failure to write it fails the script. */
        synchronized void update() {
            if (!ended) {
                try {
                    write(Manifest.Status.RUNNING, null);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot update manifest.json in " + folder + ": " + e.getMessage(), e);
                }
            }
        }

        synchronized void write(Manifest.Status status, String error) throws IOException {
            Manifest.write(folder, script, text, session, started, (System.nanoTime() - t0) * 1e-9, status, error);
        }
    }

    /** Why results cannot go to {@code folder}, found before the script runs rather than at its first save; null when they can. */
    private String outFolderProblem(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return "--out " + folder + " is a file; give a folder for the results (it is made if missing)";
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return "--out " + folder + ": cannot make the folder (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "); give a folder you can write to";
        }
        return Files.isWritable(folder) ? null : "--out " + folder + " is not writable; give a folder you can write to";
    }

    /**
     * Why one of {@code names} (given with {@code option}) is refused: the script never asks for
     * it, as its text shows ({@code asked}); null when all are asked for, or the text cannot tell.
     */
    static String unknownParam(String option, Collection<String> names, Optional<Set<String>> asked) {
        if (asked.isEmpty()) {
            return null;
        }
        List<String> unknown = names.stream().filter(p -> !asked.get().contains(p)).toList();
        if (unknown.isEmpty()) {
            return null;
        }
        String p = unknown.get(0);
        List<String> near = Spelling.nearest(p, asked.get(), 1);
        return option + " " + p + ": the script asks for no parameter of that name (it asks for: "
            + (asked.get().isEmpty() ? "nothing" : String.join(", ", asked.get())) + ")"
            + (near.isEmpty() ? "" : "; did you mean " + near.get(0) + "?");
    }
}
