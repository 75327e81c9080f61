package org.synfire.dsl;

import groovy.lang.GroovyObjectSupport;

/**
 * A named part of a script's network (a group or a projection) whose variables read and write
 * as properties: {@code x.v = ...} becomes {@link #set}, and reading one goes to the subclass.
 */
abstract class Handle extends GroovyObjectSupport {
    final Session session;
    final Session.Scope scope;
    final String name;

    Handle(Session session, String name) {
        this(session, session.scope(), name);
    }

    /** A handle on part of the network of {@code scope}, which need not be the session's current one. */
    Handle(Session session, Session.Scope scope, String name) {
        this.session = session;
        this.scope = scope;
        this.name = name;
    }

    /** {@return the name: the group's or projection's, or for a slice its label such as {@code exc[0..99]}} */
    public String name() {
        return name;
    }

    /**
     * A variable's values, as {@code x.v} reads them.
     *
     * @param variable a variable or parameter of the model
     * @return a quantity for a shared value, {@link Values} for one per element
     * @throws DslException for a name that is no variable, or a value not known yet
     */
    public abstract Object get(String variable);

    /**
     * Sets a variable, as {@code x.v = ...} does: before the build a value or expression for the
     * network's description, afterwards a quantity for the running state.
     *
     * @param variable a variable or parameter of the model
     * @param value    a quantity, a number for a dimensionless variable, one value per element (a
     *                 list), or before the build an expression as text
     * @throws DslException for a name that is no variable or a value of the wrong kind
     */
    public abstract void set(String variable, Object value);

    /** The properties {@code getProperty} reads besides model variables that no getter declares, for {@link Members}. */
    java.util.List<String> properties() {
        return java.util.List.of();
    }

    @Override
    public void setProperty(String property, Object value) {
        set(property, value);
    }
}
