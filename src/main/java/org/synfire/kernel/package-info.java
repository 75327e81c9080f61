/**
 * The contracts generated code implements ({@link org.synfire.kernel.NeuronKernel} per neuron
 * group, {@link org.synfire.kernel.SynapseKernel} per projection) and the functions it calls
 * ({@link org.synfire.kernel.KernelMath}). {@code codegen} writes classes against these types and
 * {@code engine} calls them, so {@code codegen → kernel ← engine} is an edge the architecture test
 * sees. Depends only on {@code random}; never on units, specs or the engine.
 */
package org.synfire.kernel;
