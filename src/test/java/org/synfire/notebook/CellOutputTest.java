package org.synfire.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.junit.jupiter.api.Test;

/** Batching a cell's printed text into few stream messages, in order with its other outputs. */
class CellOutputTest {
    /** What a cell sent, one entry per message: "stdout:text", "stderr:text" or "other:what". */
    private static final class Recorder extends ShellReplyEnvironment {
        final List<String> messages = new ArrayList<>();

        Recorder() {
            super(null, null, null, null);
        }

        @Override
        public synchronized void writeToStdOut(String text) {
            messages.add("stdout:" + text);
        }

        @Override
        public synchronized void writeToStdErr(String text) {
            messages.add("stderr:" + text);
        }

        synchronized void other(String what) {
            messages.add("other:" + what);
        }

        synchronized List<String> sent() {
            return List.copyOf(messages);
        }
    }

    @Test
    void manyLinesGoOutInFewMessagesInOrder() {
        Recorder env = new Recorder();
        CellOutput output = new CellOutput();
        output.attach(env);
        for (int i = 0; i < 100_000; i++) {
            output.out.println(i);
        }
        output.detach();
        List<String> sent = env.sent();
        String text = sent.stream().map(m -> m.substring("stdout:".length())).collect(Collectors.joining());
        assertEquals(IntStream.range(0, 100_000).mapToObj(i -> i + "\n").collect(Collectors.joining()), text);
        int bytes = text.length();
        assertTrue(sent.size() <= bytes / CellOutput.BATCH_BYTES + 1 + 20, sent.size() + " messages for " + bytes + " bytes");
    }

    @Test
    void stdoutStderrAndOtherOutputsKeepTheirOrder() {
        Recorder env = new Recorder();
        CellOutput output = new CellOutput();
        output.attach(env);
        output.out.println("a");
        output.out.println("b");
        output.err.println("c");
        output.inOrder(() -> env.other("display"));
        output.out.print("d");
        output.detach();
        output.out.println("after the cell");
        assertEquals(List.of("stdout:a\nb\n", "stderr:c\n", "other:display", "stdout:d"), env.sent());
    }

    @Test
    void textWaitsNoLongerThanTheFlushInterval() throws InterruptedException {
        Recorder env = new Recorder();
        CellOutput output = new CellOutput();
        output.attach(env);
        output.out.println("progress");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (env.sent().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(CellOutput.FLUSH_MS);
        }
        assertEquals(List.of("stdout:progress\n"), env.sent());
        output.detach();
    }

    @Test
    void aCharacterSplitAcrossWritesIsNotCutInTwo() {
        byte[] euro = "x€".getBytes(StandardCharsets.UTF_8);
        assertEquals(4, CellOutput.wholeCharacters(euro));
        assertEquals(1, CellOutput.wholeCharacters(java.util.Arrays.copyOf(euro, 3)));
        assertEquals(1, CellOutput.wholeCharacters(java.util.Arrays.copyOf(euro, 2)));
        assertEquals(0, CellOutput.wholeCharacters(java.util.Arrays.copyOf("😀".getBytes(StandardCharsets.UTF_8), 3)));
        assertEquals(1, CellOutput.wholeCharacters(new byte[] {'a'}));
    }
}
