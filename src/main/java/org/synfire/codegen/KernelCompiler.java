package org.synfire.codegen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;

/**
 * Compiles generated kernel sources in memory with Janino (several times faster to compile than
 * javax.tools and as fast at run time; see docs/architecture.md) and caches the
 * classes by a hash of their source, so rebuilding an unchanged model compiles nothing.
 */
public final class KernelCompiler {
    private static final Map<String, Class<?>> CACHE = new ConcurrentHashMap<>();

    private KernelCompiler() {
    }

    /**
     * A compiled kernel class.
     *
     * @param type        the class
     * @param className   its name (derived from the hash of its source)
     * @param source      the Java source it was compiled from
     * @param cached      whether it came from the cache
     * @param compileNanos time spent compiling (0 when cached)
     */
    public record Compiled(Class<?> type, String className, String source, boolean cached, long compileNanos) {
    }

    /**
     * Compiles (or fetches from the cache) a source produced by {@link KernelSource} or {@link SynapseKernelSource}.
     * Thread-safe: two threads compiling the same source get the same class.
     *
     * @param source the generated source, whose class is still named by its placeholder
     * @param parent the class loader that sees {@code org.synfire.kernel}
     * @return the class, named after a hash of its source, with the time its compilation took
     * @throws IllegalStateException if the source does not compile, which is a bug in the generator (the message numbers its lines)
     */
    public static Compiled compile(String source, ClassLoader parent) {
        String placeholder = source.contains("class " + SynapseKernelSource.CLASS_NAME + " ")
            ? SynapseKernelSource.CLASS_NAME : KernelSource.CLASS_NAME;
        String className = placeholder + "_" + hash(source);
        String named = source.replace("public final class " + placeholder + " ", "public final class " + className + " ");
        Class<?> cached = CACHE.get(className);
        if (cached != null) {
            return new Compiled(cached, className, named, true, 0);
        }
        long start = System.nanoTime();
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(parent);
        try {
            compiler.cook(named);
            Class<?> type = compiler.getClassLoader().loadClass(className);
            Class<?> winner = CACHE.computeIfAbsent(className, k -> type);
            return new Compiled(winner, className, named, false, System.nanoTime() - start);
        } catch (CompileException | ClassNotFoundException e) {
            throw new IllegalStateException("generated kernel does not compile (a Synfire bug): " + e.getMessage()
                + "\n" + numbered(named), e);
        }
    }

    private static String hash(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String numbered(String source) {
        StringBuilder out = new StringBuilder();
        String[] lines = source.split("\n");
        for (int k = 0; k < lines.length; k++) {
            out.append(String.format("%4d  %s%n", k + 1, lines[k]));
        }
        return out.toString();
    }
}
