package org.synfire.dsl;

import groovy.lang.Closure;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.synfire.sweep.Axis;
import org.synfire.sweep.LocalExecutor;
import org.synfire.sweep.PointTask;
import org.synfire.sweep.Seeds;
import org.synfire.sweep.Study;
import org.synfire.sweep.Sweep;
import tech.tablesaw.api.Table;

/** The {@code sweep} word: a study whose points run a block of the script, each in a session of its own. */
final class Sweeping {
    /**
     * The identity of every block's points: a block has no text to hash, so a resumed study
     * recognises its points by parameters and seed alone.
     */
    static final String IDENTITY = "sweep block";

    private static final List<String> OPTIONS = List.of("seeds", "parallel", "threads", "out", "resume");

    private Sweeping() {
    }

    static Table run(SynfireScript owner, Map<String, ?> options, Closure<?> block) {
        if (block == null) {
            throw new DslException("sweep", "give the block each point runs: sweep(g: [4, 5], seeds: 1..3) { ... }");
        }
        Arguments a = new Arguments("sweep", options);
        Seeds seeds = seeds(a.take("seeds"));
        Integer parallel = a.integer("parallel");
        Integer threads = a.integer("threads");
        Object out = a.take("out");
        Object resume = a.take("resume");
        List<Axis> axes = new ArrayList<>();
        a.rest().forEach((name, values) -> axes.add(values instanceof Collection<?> c ? Axis.of(name, c) : Axis.of(name, List.of(values))));
        if (axes.isEmpty() && seeds.values().isEmpty()) {
            throw new DslException("sweep", "give the parameters to sweep and their values, and/or seeds: e.g. sweep(g: [4, 5, 6], seeds: 1..3) { ... }"
                + " (other named arguments: " + String.join(", ", OPTIONS) + ")");
        }
        if (resume != null && !(resume instanceof Boolean)) {
            throw new DslException("sweep", "resume: " + resume + " is not true or false");
        }
        Session session = owner.getSynfire();
        Path folder = out != null ? Path.of(out.toString()) : fresh(session.options().out());
        LocalExecutor executor = LocalExecutor.forThisMachine(parallel, threads);
        executor.notes().forEach(note -> session.options().console().println("sweep " + note));
        Study study = Study.of(IDENTITY, axes, seeds);
        Sweep.Outcome done = new Sweep(study, task(owner, block), Sweep.Options.in(folder).executor(executor)
            .resume(Boolean.TRUE.equals(resume))).run();
        if (!done.failed().isEmpty()) {
            System.err.println("warning: sweep: " + done.failed().size() + " of " + done.results().size() + " points failed, the first: "
                + done.failed().get(0).point() + ": " + done.failed().get(0).error() + " (the table's error column has each message)");
        }
        return done.table();
    }

    private static PointTask task(SynfireScript owner, Closure<?> block) {
        return (point, context) -> {
            try (PrintStream console = new PrintStream(Files.newOutputStream(context.folder().resolve(StudyPoints.OUTPUT)), true,
                StandardCharsets.UTF_8)) {
                Session session = StudyPoints.session(point, context, console);
                PointScript delegate = new PointScript(StudyPoints.binding(session, console), block.getOwner());
                // The point's script owns the block too, so that println (which Groovy sends to a closure's owner) prints to the point's output.
                Closure<?> code = block.rehydrate(delegate, delegate, block.getThisObject());
                code.setResolveStrategy(Closure.DELEGATE_FIRST);
                Object returned = code.getMaximumNumberOfParameters() == 0 ? code.call() : code.call(point);
                return StudyPoints.results(session, point, returned);
            }
        };
    }

    private static Seeds seeds(Object value) {
        if (value == null) {
            return Seeds.none();
        }
        if (value instanceof CharSequence text) {
            return Seeds.parse(text.toString());
        }
        if (value instanceof Number n) {
            return Seeds.of(List.of(n));
        }
        if (value instanceof Collection<?> c && c.stream().allMatch(x -> x instanceof Number)) {
            return Seeds.of(c.stream().map(x -> (Number) x).toList());
        }
        throw new DslException("sweep", "seeds: " + value + " is not a range or list of whole numbers; write seeds: 1..10");
    }

    /** {@code sweep-1}, {@code sweep-2}, ...: the first name not taken in {@code parent}, so running a cell again never mixes two studies. */
    private static Path fresh(Path parent) {
        for (int k = 1; ; k++) {
            Path folder = parent.resolve("sweep-" + k);
            if (!Files.exists(folder)) {
                return folder;
            }
        }
    }

    /**
     * The delegate and owner of a point's block: the DSL's words on the point's own session, and
     * for anything else (the script's model words, its methods, a notebook's variables) the script
     * the block was written in.
     */
    static final class PointScript extends SynfireScript {
        private final Object outer;

        PointScript(groovy.lang.Binding binding, Object outer) {
            super(binding);
            this.outer = outer;
        }

        @Override
        public Object run() {
            throw new DslException("run", "give the time to simulate, e.g. run 200.ms");
        }

        /** Called by Groovy for a method this class lacks. */
        public Object methodMissing(String name, Object args) {
            return org.codehaus.groovy.runtime.InvokerHelper.invokeMethod(outer, name, args);
        }

        /** Called by Groovy for a property neither this class nor the point's binding has. */
        public Object propertyMissing(String name) {
            return org.codehaus.groovy.runtime.InvokerHelper.getProperty(outer, name);
        }
    }
}
