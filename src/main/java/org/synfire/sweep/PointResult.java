package org.synfire.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.synfire.SynfireException;

/**
 * How one point ended: its results (one number per name, in the order the task gave them) or
 * the message of its failure, and the wall time it took. Serializable, so a cluster's executors
 * can send it back.
 *
 * @param point       the point
 * @param status      {@link Status#OK} or {@link Status#FAILED}
 * @param results     name to value, in order; empty for a failed point
 * @param error       the failure's message, or {@code null}
 * @param wallSeconds how long the point ran
 * @serial exclude (sent between the JVMs of one study, never stored)
 */
public record PointResult(Point point, Status status, Map<String, Double> results, String error, double wallSeconds)
    implements java.io.Serializable {
    /** How a point ended. */
    public enum Status {
        /** The task returned its results. */
        OK,
        /** The task threw, or returned results that cannot be columns of the table. */
        FAILED;

        /** {@return the status as written in {@code sweep.csv}: {@code ok}, {@code failed}} */
        public String text() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Status of(String text) {
            for (Status s : values()) {
                if (s.text().equals(text)) {
                    return s;
                }
            }
            throw new SweepException("unknown point status '" + text + "'");
        }
    }

    /**
     * A point's result; the results are copied, in their order.
     *
     * @param point       the point
     * @param status      how it ended
     * @param results     name to value, in order; empty for a failed point
     * @param error       the failure's message, or {@code null}
     * @param wallSeconds how long the point ran, in seconds
     */
    public PointResult {
        results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }

    /**
     * A point that returned {@code results}; a failed one instead when a name is blank or taken by
     * a parameter or a column of the table, or a value is no number.
     *
     * @param point       the point
     * @param results     what its task returned
     * @param wallSeconds how long it ran
     * @return the point's result, ok or failed
     */
    public static PointResult ok(Point point, Map<String, ? extends Number> results, double wallSeconds) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends Number> e : results.entrySet()) {
            String name = e.getKey();
            String problem = name == null || name.isBlank() ? "a result without a name"
                : Axis.RESERVED.contains(name) || name.equals("seed") ? "the result '" + name + "' has the name of a column of the study's table"
                : point.params().containsKey(name) ? "the result '" + name + "' has the name of a parameter"
                : e.getValue() == null ? "the result '" + name + "' is null" : null;
            if (problem != null) {
                return failed(point, problem + "; give each result a name of its own and a number", wallSeconds);
            }
            values.put(name, e.getValue().doubleValue());
        }
        return new PointResult(point, Status.OK, values, null, wallSeconds);
    }

    /**
     * A point that failed.
     *
     * @param point       the point
     * @param message     why, as {@code sweep.csv}'s error column shows it
     * @param wallSeconds how long it ran
     * @return the failed point's result
     */
    public static PointResult failed(Point point, String message, double wallSeconds) {
        return new PointResult(point, Status.FAILED, Map.of(), message, wallSeconds);
    }

    /**
     * The message a failure is recorded with: Synfire's own messages as they are, other exceptions with their kind.
     *
     * @param e what the point threw
     * @return the message for {@code sweep.csv}
     */
    public static String message(Throwable e) {
        if (e instanceof SynfireException && e.getMessage() != null) {
            return e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
