package org.synfire.dsl;

import groovy.lang.GroovyClassLoader;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.ProcessingUnit;
import org.codehaus.groovy.tools.GroovyClass;

/**
 * Compiled scripts kept on disk, so a script run again ({@code synfire run} with other
 * {@code --param} values, a sweep, an unchanged script after a break) skips Groovy's compiler,
 * which costs a fresh JVM more than the rest of its start together (the parser's tables and
 * Groovy's scan of the JDK for its default imports are built anew in every JVM).
 *
 * <p>An entry is keyed by a SHA-256 of everything that decides the bytecode: the script's text,
 * the name it is compiled under, the compiler configuration ({@code static} or dynamic), the
 * Groovy and Java versions, and every jar on the class path by path, size and modification time
 * (a rebuilt or moved Synfire never reuses what an older one compiled; with {@code @CompileStatic}
 * the bytecode binds to method signatures). With a class folder on the class path (a build tree,
 * whose changes no single time stamp shows) there is no key, and {@link #standard()} gives no cache.
 * Entries are written whole under a temporary name and renamed, so concurrent runs never read half
 * of one; the least recently used beyond {@value #KEPT} are deleted. Besides the classes an entry
 * holds the names the script asks for with {@code param('name', ...)}, so that checking
 * {@code --param} needs no parse either.
 */
public final class ScriptCache {
    /** Entries kept: a script edited and run many times leaves one per version. */
    static final int KEPT = 256;
    private static final int MAGIC = 0x53594e31;
    private static final String SUFFIX = ".classes";

    /** Where entries go (made when the first is stored); null for a cache that keeps nothing. */
    private final Path folder;
    private final String codeIdentity;

    /**
     * @param folder       where entries go, or null for a cache that keeps nothing
     * @param codeIdentity what identifies the code scripts compile against, e.g. the jars with their sizes and times
     */
    ScriptCache(Path folder, String codeIdentity) {
        this.folder = folder;
        this.codeIdentity = codeIdentity;
    }

    /**
     * The user's cache, {@code $XDG_CACHE_HOME/synfire/scripts} (else {@code ~/.cache/synfire/scripts}),
     * for the class path this JVM runs; a cache that keeps nothing when the class path holds a
     * folder of classes.
     *
     * @return the cache
     */
    public static ScriptCache standard() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = Optional.ofNullable(System.getenv("HOME")).orElse(System.getProperty("user.home"));
        Path root = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache");
        return classPathIdentity(System.getProperty("java.class.path", ""))
            .map(identity -> new ScriptCache(root.resolve("synfire").resolve("scripts"), identity))
            .orElseGet(() -> new ScriptCache(null, ""));
    }

    /** Each class path entry with its size and modification time; empty if one is a folder. */
    static Optional<String> classPathIdentity(String classPath) {
        StringBuilder identity = new StringBuilder();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (entry.isEmpty() || Files.isDirectory(p)) {
                return Optional.empty();
            }
            identity.append(entry);
            try {
                identity.append(' ').append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p).toMillis());
            } catch (IOException missing) {
                // A class path entry that is not there contributes no classes; its name is enough.
            }
            identity.append('\n');
        }
        return Optional.of(identity.toString());
    }

    /** A script's classes, compiled now or read from the cache, and the parameters it asks for. */
    static final class Compiled {
        private final String mainClass;
        private final Map<String, byte[]> classes;
        private final Optional<Set<String>> paramNames;
        private final boolean fromCache;
        private Class<?> loaded;

        Compiled(String mainClass, Map<String, byte[]> classes, Optional<Set<String>> paramNames, boolean fromCache) {
            this.mainClass = mainClass;
            this.classes = classes;
            this.paramNames = paramNames;
            this.fromCache = fromCache;
        }

        /** The script class, defined (once) by a class loader of its own over Synfire's. */
        synchronized Class<?> scriptClass() {
            if (loaded == null) {
                try {
                    loaded = new Loader(classes).loadClass(mainClass);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("a compiled script lacks its own class " + mainClass, e);
                }
            }
            return loaded;
        }

        /** Whether the classes came from the cache rather than the compiler. */
        boolean fromCache() {
            return fromCache;
        }
    }

    /** Defines a script's classes from their bytes when the script first asks for each. */
    private static final class Loader extends ClassLoader {
        private final Map<String, byte[]> classes;

        Loader(Map<String, byte[]> classes) {
            super(Dsl.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    /** The entry's file name for a script: a hash of what decides its bytecode. */
    String key(String text, String compiledAs, String configuration) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String header = String.join("\n", "synfire script cache 1", configuration, compiledAs, groovy.lang.GroovySystem.getVersion(),
                String.valueOf(Runtime.version().feature()), codeIdentity, "");
            sha.update(header.getBytes(StandardCharsets.UTF_8));
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The parameters a script asks for with {@code param('name', ...)}, read from its text without
     * running it (from the cache when the script is there, so without a parse); empty when a name
     * is computed at run time or the script does not compile.
     *
     * @param text       the script
     * @param fileName   its name, as it is compiled under
     * @param statically whether the script is to run with {@code @CompileStatic}, as for {@link Dsl#evaluate(groovy.lang.Binding, boolean, String, String, ScriptCache)}
     * @return the names, or empty when they cannot be told without running the script
     */
    public Optional<Set<String>> paramNames(String text, String fileName, boolean statically) {
        String compiledAs = Dsl.compilableName(fileName);
        return entry(text, compiledAs, statically).flatMap(ScriptCache::read).map(c -> c.paramNames)
            .orElseGet(() -> ParamScan.of(text, compiledAs));
    }

    /**
     * The script's classes, compiled with {@link Dsl#configuration Dsl.configuration(statically, false)}:
     * from the cache when an entry fits, else compiled now and stored. Compile errors propagate as
     * Groovy reports them; a cache that cannot be read or written only costs the compile.
     */
    Compiled compile(String text, String compiledAs, boolean statically) {
        Optional<Path> entry = entry(text, compiledAs, statically);
        Optional<Compiled> cached = entry.flatMap(ScriptCache::read);
        if (cached.isPresent()) {
            return cached.get();
        }
        Compiled compiled = compileNow(text, compiledAs, Dsl.configuration(statically, false));
        entry.ifPresent(e -> write(e, compiled));
        return compiled;
    }

    private Optional<Path> entry(String text, String compiledAs, boolean statically) {
        return folder == null ? Optional.empty()
            : Optional.of(folder.resolve(key(text, compiledAs, statically ? "static" : "dynamic") + SUFFIX));
    }

    /** Compiles without the cache: the classes, and the {@code param} names read from the parsed script. */
    private static Compiled compileNow(String text, String compiledAs, CompilerConfiguration config) {
        GroovyClassLoader resolver = new GroovyClassLoader(Dsl.class.getClassLoader(), config);
        CompilationUnit unit = new CompilationUnit(config, null, resolver);
        unit.addSource(compiledAs, text);
        AtomicReference<Optional<Set<String>>> params = new AtomicReference<>(Optional.empty());
        // The names are read as the parse leaves them, before any transformation rewrites calls.
        unit.setProgressCallback(new CompilationUnit.ProgressCallback() {
            @Override
            public void call(ProcessingUnit context, int phase) {
                if (phase == Phases.CONVERSION) {
                    params.set(ParamScan.of(unit.getAST().getModules()));
                }
            }
        });
        unit.compile(Phases.CLASS_GENERATION);
        Map<String, byte[]> classes = new HashMap<>();
        for (GroovyClass c : unit.getClasses()) {
            classes.put(c.getName(), c.getBytes());
        }
        // Groovy puts a script's own class first among its module's classes.
        String main = unit.getAST().getModules().get(0).getClasses().get(0).getName();
        return new Compiled(main, classes, params.get(), false);
    }

    private static Optional<Compiled> read(Path entry) {
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try (InputStream file = Files.newInputStream(entry); DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(file))) {
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            String main = in.readUTF();
            Optional<Set<String>> params = Optional.empty();
            int paramCount = in.readInt();
            if (paramCount >= 0) {
                Set<String> names = new TreeSet<>();
                for (int k = 0; k < paramCount; k++) {
                    names.add(in.readUTF());
                }
                params = Optional.of(names);
            }
            int count = in.readInt();
            Map<String, byte[]> classes = new HashMap<>();
            for (int k = 0; k < count; k++) {
                String name = in.readUTF();
                classes.put(name, in.readNBytes(in.readInt()));
            }
            if (!classes.containsKey(main) || in.read() != -1) {
                return Optional.empty();
            }
            // The time stamp orders entries for pruning, most recently used last.
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(new Compiled(main, classes, params, true));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static void write(Path entry, Compiled compiled) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(MAGIC);
                out.writeUTF(compiled.mainClass);
                out.writeInt(compiled.paramNames.map(Set::size).orElse(-1));
                for (String name : compiled.paramNames.orElse(Set.of())) {
                    out.writeUTF(name);
                }
                out.writeInt(compiled.classes.size());
                for (Map.Entry<String, byte[]> c : compiled.classes.entrySet()) {
                    out.writeUTF(c.getKey());
                    out.writeInt(c.getValue().length);
                    out.write(c.getValue());
                }
            }
            Path folder = entry.getParent();
            Files.createDirectories(folder);
            Path part = Files.createTempFile(folder, "entry", ".part");
            Files.write(part, bytes.toByteArray());
            try {
                Files.move(part, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            prune(folder);
        } catch (IOException | RuntimeException unwritable) {
            // A read-only or full disk: the script still runs, compiled each time.
        }
    }

    /** Deletes the least recently used entries beyond {@link #KEPT}, and parts left by a JVM killed while writing. */
    private static void prune(Path folder) throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(folder)) {
            entries = files.toList();
        }
        long stale = System.currentTimeMillis() - 600_000;
        List<Path> kept = new ArrayList<>();
        for (Path f : entries) {
            String name = f.getFileName().toString();
            if (name.endsWith(SUFFIX)) {
                kept.add(f);
            } else if (name.endsWith(".part") && modified(f) < stale) {
                Files.deleteIfExists(f);
            }
        }
        if (kept.size() > KEPT) {
            kept.sort(Comparator.comparingLong(ScriptCache::modified));
            for (Path f : kept.subList(0, kept.size() - KEPT)) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static long modified(Path f) {
        try {
            return Files.getLastModifiedTime(f).toMillis();
        } catch (IOException gone) {
            return Long.MAX_VALUE;
        }
    }
}
