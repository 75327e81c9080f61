package org.synfire.equations;

/**
 * An event a neuron emits besides its spike, as Brian2's {@code events=} of a {@code NeuronGroup}:
 * a condition checked every step on the state after integration (with the spike's threshold, before
 * any reset), and statements run on the neurons where it holds ({@code run_on_event}). A dendritic
 * plateau, a burst onset or a calcium spike can thus trigger synaptic pathways and probes of their
 * own without being a spike. Refractoriness does not gate an event, as in Brian2.
 *
 * @param name      the event's name (an identifier other than {@code spike})
 * @param condition the condition, as model text
 * @param code      statements run where it holds, as a reset is written, or {@code null} for none
 */
public record CustomEvent(String name, String condition, String code) {

    /**
     * @param name      the event's name
     * @param condition the condition, as model text
     * @param code      statements run where it holds, or {@code null}
     * @throws IllegalArgumentException if the name is no identifier or is {@code spike}, or the condition is empty
     */
    public CustomEvent {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*") || name.equals("spike")) {
            throw new IllegalArgumentException("an event needs a name made of letters, digits and '_' that starts with a letter and is "
                + "not 'spike' (the threshold's event); got '" + name + "'");
        }
        if (condition == null || condition.isBlank()) {
            throw new IllegalArgumentException("event '" + name + "' needs a condition, e.g. 'v_dend > -40*mV'");
        }
    }

    /**
     * The same event with these statements run where it holds.
     *
     * @param statements statements as a reset is written, e.g. {@code "plateaus += 1"}
     * @return a new event; this one is unchanged
     */
    public CustomEvent runOnEvent(String statements) {
        return new CustomEvent(name, condition, statements);
    }
}
