package org.synfire.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Compiled scripts kept between runs: a script run again comes from the cache and behaves as if
 * compiled anew (same results, same error messages with the same lines), and anything that could
 * change its bytecode makes a new entry.
 */
class ScriptCacheTest {
    @TempDir
    Path dir;

    private static final String SCRIPT = """
        def exc = group('exc', 3, lif(I: 1.nA))
        def sp = probe spikes(exc)
        run param('duration', 50).ms
        [sp.trains().count(), param('label', 'x')]
        """;

    private ScriptCache cache(String identity) {
        return new ScriptCache(dir.resolve("scripts"), identity);
    }

    private Object run(ScriptCache cache, String text, String name, boolean statically) {
        Session session = new Session(new Session.Options(null, null, dir.resolve("out"), Map.of(), null, System.out));
        return Dsl.evaluate(Dsl.binding(session), statically, text, name, cache);
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("scripts"))) {
            return files.filter(f -> f.toString().endsWith(".classes")).toList();
        }
    }

    @Test
    void aScriptRunAgainComesFromTheCacheWithTheSameResultAndItsParameters() throws IOException {
        ScriptCache cache = cache("jars 1");
        assertFalse(cache.compile(SCRIPT, "net.groovy", false).fromCache());
        assertTrue(cache.compile(SCRIPT, "net.groovy", false).fromCache());
        assertEquals(1, entries().size());
        Object compiledNow = run(new ScriptCache(null, ""), SCRIPT, "net.groovy", false);
        assertEquals(compiledNow, run(cache, SCRIPT, "net.groovy", false));
        assertTrue(((Integer) ((List<?>) compiledNow).get(0)) > 0, "the neurons fired: " + compiledNow);
        // The names come from the entry, without a parse, and agree with a parse of the text.
        assertEquals(Optional.of(Set.of("duration", "label")), cache.paramNames(SCRIPT, "net.groovy", false));
        assertEquals(ParamScan.of(SCRIPT, "net.groovy"), cache.paramNames(SCRIPT, "net.groovy", false));
        assertEquals(Optional.empty(), cache.paramNames("param(name())", "computed.groovy", false), "a name only a run can tell");
    }

    @Test
    void whatDecidesTheBytecodeDecidesTheEntry() throws IOException {
        ScriptCache cache = cache("jars 1");
        String key = cache.key(SCRIPT, "net.groovy", "dynamic");
        assertNotEquals(key, cache.key(SCRIPT + " ", "net.groovy", "dynamic"), "text");
        assertNotEquals(key, cache.key(SCRIPT, "other.groovy", "dynamic"), "the class name comes from the file name");
        assertNotEquals(key, cache.key(SCRIPT, "net.groovy", "static"), "@CompileStatic");
        assertNotEquals(key, cache("jars 2").key(SCRIPT, "net.groovy", "dynamic"), "a rebuilt Synfire");
        String typed = "def t = 20.ms\nt.toString()";
        run(cache, typed, "net.groovy", false);
        run(cache, typed, "net.groovy", true);
        run(cache("jars 2"), typed, "net.groovy", false);
        assertEquals(3, entries().size());

        Path jar = Files.writeString(dir.resolve("lib.jar"), "not really a jar");
        String identity = ScriptCache.classPathIdentity(jar.toString()).orElseThrow();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertNotEquals(identity, ScriptCache.classPathIdentity(jar.toString()).orElseThrow(), "a jar replaced in place");
        assertEquals(Optional.empty(), ScriptCache.classPathIdentity(jar + java.io.File.pathSeparator + dir),
            "a class folder changes without a time stamp that shows it: no key");
    }

    @Test
    void aCachedScriptFailsWithTheMessageAndLineOfAFreshlyCompiledOne() {
        ScriptCache cache = cache("jars 1");
        ScriptCache none = new ScriptCache(null, "");
        // A script that does not compile leaves no entry; one that fails as it runs is run from its entry.
        // Every other one of ScriptErrorsTest's scripts (both kinds among them) keeps this test short.
        List<Arguments> all = ScriptErrorsTest.malformed().toList();
        for (int k = 0; k < all.size(); k += 2) {
            Arguments malformed = all.get(k);
            String text = (String) malformed.get()[0];
            String fresh = assertThrows(ScriptException.class, () -> run(none, text, "bad.groovy", false)).getMessage();
            boolean compiles;
            try {
                compiles = !cache.compile(text, "bad.groovy", false).fromCache();
            } catch (RuntimeException compileError) {
                compiles = false;
            }
            ScriptException e = assertThrows(ScriptException.class, () -> run(cache, text, "bad.groovy", false));
            assertEquals(fresh, e.getMessage(), text);
            assertEquals(malformed.get()[1], e.line(), text);
            if (compiles) {
                assertTrue(cache.compile(text, "bad.groovy", false).fromCache(), text);
            }
        }
    }

    @Test
    void anUnreadableEntryIsCompiledAgainAndReplaced() throws IOException {
        ScriptCache cache = cache("jars 1");
        cache.compile(SCRIPT, "net.groovy", false);
        Path entry = entries().get(0);
        Files.write(entry, new byte[] {1, 2, 3});
        assertFalse(cache.compile(SCRIPT, "net.groovy", false).fromCache());
        assertTrue(cache.compile(SCRIPT, "net.groovy", false).fromCache());
        assertEquals(run(new ScriptCache(null, ""), SCRIPT, "net.groovy", false), run(cache, SCRIPT, "net.groovy", false));
    }

    @Test
    void theLeastRecentlyUsedEntriesGoBeyondTheLimit() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scripts"));
        long old = System.currentTimeMillis() - 3_600_000;
        for (int k = 0; k < ScriptCache.KEPT + 3; k++) {
            Path stale = Files.writeString(folder.resolve("stale" + k + ".classes"), "");
            Files.setLastModifiedTime(stale, FileTime.fromMillis(old + k));
        }
        Path part = Files.writeString(folder.resolve("entry1.part"), "");
        Files.setLastModifiedTime(part, FileTime.fromMillis(old));
        ScriptCache cache = cache("jars 1");
        cache.compile(SCRIPT, "net.groovy", false);
        List<Path> kept = entries();
        assertEquals(ScriptCache.KEPT, kept.size());
        assertTrue(cache.compile(SCRIPT, "net.groovy", false).fromCache(), "the newest entry stays");
        for (int k = 0; k < 4; k++) {
            assertFalse(Files.exists(folder.resolve("stale" + k + ".classes")), "stale" + k);
        }
        assertFalse(Files.exists(part), "a part left by a JVM killed while writing");
    }
}
