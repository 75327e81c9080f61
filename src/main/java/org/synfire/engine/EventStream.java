package org.synfire.engine;

/**
 * One custom event of a neuron group, seen as a population of its own: after the group's update
 * it lists the neurons whose event held during the step, so spike probes and projections attach
 * to it exactly as they attach to a group's spikes. It owns no state (the group keeps, checkpoints
 * and rewinds the event's last steps), so its own update is a scan, run on the stepping thread
 * after every block of the group is done.
 */
public final class EventStream implements Population {
    private final GroupState group;
    private final String event;
    private final long[] lastEvent;

    EventStream(GroupState group, String event, long[] lastEvent) {
        this.group = group;
        this.event = event;
        this.lastEvent = lastEvent;
    }

    /** {@return the group that emits the event} */
    public GroupState group() {
        return group;
    }

    /** {@return the event's name, as the model declares it} */
    public String event() {
        return event;
    }

    /** The group's name and the event's, as in {@code exc.plateau}. */
    @Override
    public String name() {
        return group.name() + "." + event;
    }

    @Override
    public int size() {
        return group.size();
    }

    @Override
    public void prepare(double dt) {
        // The group prepares the kernel that decides the event.
    }

    /** Lists the neurons whose event held in the step the group has just made (its last step is {@code step + 1}). */
    @Override
    public int update(long step, int[] held) {
        int count = 0;
        long now = step + 1;
        for (int i = 0; i < lastEvent.length; i++) {
            if (lastEvent[i] == now) {
                held[count++] = i;
            }
        }
        return count;
    }

    @Override
    public void rewind() {
        // The group rewinds the event's last steps.
    }

    @Override
    public void writeState(java.io.DataOutput out) {
        // The group writes the event's last steps.
    }

    @Override
    public void readState(java.io.DataInput in) {
        // The group reads the event's last steps.
    }

    @Override
    public String toString() {
        return "EventStream " + name();
    }
}
