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

    public String name() {
        return name;
    }

    /** A variable's values; after the build only. */
    public abstract Object get(String variable);

    /** Sets a variable; before the build a value or expression for the spec, afterwards a quantity for the running state. */
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
