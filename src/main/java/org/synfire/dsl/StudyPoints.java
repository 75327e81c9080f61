package org.synfire.dsl;

import groovy.lang.Binding;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.synfire.Spelling;
import org.synfire.sweep.Point;
import org.synfire.sweep.PointContext;
import org.synfire.sweep.PointSummary;
import org.synfire.sweep.StudyException;

/**
 * DSL code at the points of a study, for {@code synfire sweep}'s script and the {@code sweep}
 * word's block alike: each point gets a session of its own (its parameters, seed, threads and
 * folder, its builds reported to the study), its printed output goes to {@value #OUTPUT} in its
 * folder, and what it returns or saves as {@code summary} becomes its results.
 */
public final class StudyPoints {
    /** The file in a point's folder that holds what the point printed. */
    public static final String OUTPUT = "output.txt";

    private StudyPoints() {
    }

    /**
     * The session a point runs in.
     *
     * @param point   the point, whose parameters and seed the session takes
     * @param context the point's folder, threads and the study's ear for build sizes
     * @param console where the point's code prints
     * @return a new session with an empty network
     */
    public static Session session(Point point, PointContext context, PrintStream console) {
        Session session = new Session(new Session.Options(point.seed(), context.threads(), context.folder(), point.params(), null, console));
        session.whenBuilt(context::built);
        return session;
    }

    /**
     * A binding holding a session, whose scripts print to {@code console} ({@code println} reads the binding's {@code out}).
     *
     * @param session the point's session
     * @param console where the point's code prints
     * @return a new binding
     */
    public static Binding binding(Session session, PrintStream console) {
        Binding b = Dsl.binding(session);
        b.setVariable("out", console);
        return b;
    }

    /**
     * The point's results: a map of numbers, a {@code summary()} or a table the code returned,
     * else the table it saved as {@code summary}.
     *
     * @param session  the session the point ran in
     * @param point    the point
     * @param returned what its code returned
     * @return result name to value, in order; empty when the code left no summary
     * @throws StudyException when the point never asked for one of its parameters: a misspelt
     *                        name in the grid would run every point with the default
     */
    public static Map<String, Double> results(Session session, Point point, Object returned) {
        List<String> unused = session.unusedParams();
        if (!unused.isEmpty()) {
            String name = unused.get(0);
            List<String> near = Spelling.nearest(name, session.paramsAsked(), 1);
            throw new StudyException("the study's parameter " + name + " is never asked for by param(...) (the code asks for: "
                + (session.paramsAsked().isEmpty() ? "nothing" : String.join(", ", session.paramsAsked())) + ")"
                + (near.isEmpty() ? "" : "; did you mean " + near.get(0) + "?") + " The study was stopped at " + point);
        }
        return PointSummary.of(returned instanceof Summary s ? s.table() : returned, session.options().out());
    }
}
