package org.synfire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Windows launcher, which cannot run here, kept in step with the tested bash launcher: the same
 * main class and JVM options, the same Java discovery, the same minimum version and the same
 * messages when Java is missing or too old.
 */
class LaunchersTest {
    private static final Path BASH = Path.of("src/dist/bin/synfire");
    private static final Path CMD = Path.of("src/dist/bin/synfire.cmd");
    /** Options, module and class names on a command line: what the two launch lines must agree on. */
    private static final Pattern WORDS = Pattern.compile("--?[A-Za-z][\\w.-]*=?|jdk\\.[\\w.]+|org\\.synfire\\.[\\w.]+");

    private static TreeSet<String> words(String line) {
        TreeSet<String> words = new TreeSet<>();
        Matcher m = WORDS.matcher(line);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String lineStarting(List<String> lines, String start) {
        return lines.stream().map(String::strip).filter(l -> l.startsWith(start)).findFirst()
            .orElseThrow(() -> new AssertionError("no line starting with " + start));
    }

    @Test
    void bothLaunchTheSameMainClassWithTheSameOptions() throws IOException {
        List<String> bash = Files.readAllLines(BASH);
        List<String> cmd = Files.readAllLines(CMD);
        // bin/synfire builds the command in `launch` and adds the main class (and its archive options) when it runs it.
        TreeSet<String> expected = words(lineStarting(bash, "launch=("));
        expected.addAll(words(lineStarting(bash, "exec \"${launch[@]}\" org.synfire")));
        assertEquals(expected, words(lineStarting(cmd, "\"!JAVA!\"")));
        assertTrue(expected.containsAll(List.of("--add-modules", "jdk.incubator.vector", "-Dsynfire.home=", "-cp", "org.synfire.cli.Main")),
            expected.toString());
    }

    @Test
    void bothFindJavaAlikeAndSayTheSameWhenItIsMissingOrTooOld() throws IOException {
        String bash = Files.readString(BASH);
        String cmd = Files.readString(CMD);
        for (String step : List.of("JAVA_HOME", "release", "JAVA_VERSION", "-version", "-J")) {
            assertTrue(bash.contains(step) && cmd.contains(step), step);
        }
        assertTrue(bash.contains("\"$major\" -ge 17") && cmd.contains("!MAJOR! LSS 17"), "the same minimum version");
        Matcher fails = Pattern.compile("fail \"([^\"]*)\"").matcher(bash);
        Matcher echoes = Pattern.compile("echo synfire: (.*) 1>&2").matcher(cmd);
        int messages = 0;
        while (fails.find()) {
            assertTrue(echoes.find(), "synfire.cmd lacks: " + fails.group(1));
            String said = fails.group(1).replace("$JAVA_HOME", "JAVA_HOME_DIR").replace("$java", "JAVA").replace("$version", "VERSION")
                .replace("bin/", "bin\\");
            String windows = echoes.group(1).replace("%JAVA_HOME%", "JAVA_HOME_DIR").replace("!JAVA!", "JAVA").replace("!VERSION!", "VERSION")
                .replace("^", "");
            assertEquals(said, windows);
            messages++;
        }
        assertEquals(4, messages);
    }
}
