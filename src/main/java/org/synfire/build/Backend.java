package org.synfire.build;

/** How group updates are executed. */
public enum Backend {
    /**
     * Generated Java, compiled in memory and cached: the backend for real work. Where the module
     * {@code jdk.incubator.vector} is present ({@code --add-modules jdk.incubator.vector}) and a
     * group's equations allow it, the state integration runs in Vector API lanes; otherwise as
     * {@link #SCALAR}. The build report says which.
     */
    COMPILED,
    /** Generated Java without Vector API lanes, for checking {@link #COMPILED}'s vector kernels. */
    SCALAR,
    /** The expression trees walked per neuron and step: slow, for checking {@link #COMPILED}. */
    INTERPRETED
}
