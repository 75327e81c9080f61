package org.synfire.build;

/** How group updates are executed. */
public enum Backend {
    /** Generated Java, compiled in memory and cached: the backend for real work. */
    COMPILED,
    /** The expression trees walked per neuron and step: slow, for checking {@link #COMPILED}. */
    INTERPRETED
}
