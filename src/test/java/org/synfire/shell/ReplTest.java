package org.synfire.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.synfire.dsl.CompletionCases;
import org.synfire.sim.Simulation;

/** Drives the REPL through a dumb JLine terminal, as a user would type. */
class ReplTest {
    private java.io.OutputStream keys;
    private ByteArrayOutputStream screen;
    private Terminal terminal;
    private Repl repl;
    private Thread loop;

    /** A REPL on a dumb terminal: keys typed into a pipe, the screen captured. */
    private void start() throws Exception {
        PipedOutputStream typed = new PipedOutputStream();
        keys = typed;
        PipedInputStream in = new PipedInputStream(typed, 1 << 16);
        screen = new ByteArrayOutputStream();
        start(TerminalBuilder.builder().streams(in, screen).type("dumb").dumb(true).build());
    }

    /**
     * A REPL on an xterm behind a line discipline, as in a real terminal: typed keys are echoed
     * while the terminal's ECHO flag is on, Ctrl-C raises SIGINT, and JLine edits and completes.
     */
    private void startTty() throws Exception {
        screen = new ByteArrayOutputStream();
        LineDisciplineTerminal tty = new LineDisciplineTerminal("tty", "xterm", screen, StandardCharsets.UTF_8);
        keys = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                tty.processInputByte(b);
            }
        };
        start(tty);
    }

    private void start(Terminal on) {
        terminal = on;
        repl = new Repl(terminal, null);
        loop = new Thread(repl::loop, "repl");
        loop.start();
    }
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void linesShareStateAndCtrlCStopsARunButKeepsItsRecordings() throws Exception {
        start();
        type("def exc = group('exc', 500, lif(),\n    I: '0.2*nA + i*1*pA')\n");
        type("def sp = probe spikes(exc)\n");
        type("run 10000.s\n");
        Simulation sim = waitForRunningSimulation();
        awaitScreen("simulated, ");   // the progress bar, after the run's first second
        terminal.raise(Terminal.Signal.INT);
        awaitScreen("Stopped at");
        assertTrue(sim.wasCancelled(), "the run was cancelled");
        assertTrue(sim.t().si() < 10000, "stopped before its end: " + sim.t());
        type("println \"counted ${sp.count > 0} at ${simulation.t()}\"\n");
        awaitScreen("counted true at");
        type("exc.size\n");
        awaitScreen("> 500");
        quit();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFailingLineShowsItsMessageAndTheReplGoesOn() throws Exception {
        start();
        type("gruop('x', 3, lif())\n");
        awaitScreen("line1:1: unknown word 'gruop'");
        type("20.ms * 3\n");
        awaitScreen("60 ms");
        quit();
        assertTrue(!loop.isAlive(), ":quit leaves");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void helpListsTheCommandsAndWordsAndExitLeaves() throws Exception {
        start();
        type(":help\n");
        awaitScreen("Models: lif");
        String listing = screen.toString(StandardCharsets.UTF_8);
        assertTrue(listing.contains(":quit (or exit, quit, Ctrl-D)") && listing.contains("poissonInput") && listing.contains("runRegularly"),
            listing);
        type(":help connect\n");
        awaitScreen("onEvent");
        type(":help nosuchword\n");
        awaitScreen("No word 'nosuchword'; :help lists them all.");
        type("exit\n");
        loop.join(30_000);
        assertTrue(!loop.isAlive(), "exit leaves, as in Python");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void tabOffersWhatTheKernelsOfferAndLeavesANearMissAlone() throws Exception {
        startTty();
        type(CompletionCases.GROOVY_SETUP + "\n");
        // Before a run, reading the probe fails, and the message quotes the line as it was completed.
        type("sp.co\t\n");
        awaitScreen("line3:1:");
        type("sp.cz\t\n");
        awaitScreen("line4:1:");
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("\n    sp.count\r\n"), "Tab completes sp.co to their common start, sp.count:\n" + shown);
        assertTrue(shown.contains("\n    sp.cz\r\n"), "sp.cz has no member and stays as typed:\n" + shown);
        // Each candidate replaces JLine's word, receiver included: sp.count() for sp.co.
        CompletionCases.check(typed -> repl.completions(typed).stream().map(c -> c.substring(typed.lastIndexOf('.') + 1)).toList(), true);
        quit();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLineTypedWhileARunGoesOnIsShownOnce() throws Exception {
        startTty();
        type("def exc = group('exc', 500, lif(), I: '0.2*nA + i*1*pA')\n");
        type("run 20.s\n");
        waitForRunningSimulation();
        type("println 'typed' + ' ahead'\n");
        awaitScreen("typed ahead");
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertEquals(1, shown.split(java.util.regex.Pattern.quote("println 'typed' + ' ahead'"), -1).length - 1,
            "the terminal does not echo it during the run and the prompt again after it:\n" + shown);
        quit();
    }

    private void quit() throws Exception {
        type(":quit\n");
        loop.join(30_000);
    }

    /** Waits until the screen shows {@code expected}: lines are evaluated one after another, each in its own time. */
    private void awaitScreen(String expected) throws InterruptedException {
        for (int k = 0; k < 600; k++) {
            if (screen.toString(StandardCharsets.UTF_8).contains(expected)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("'" + expected + "' never appeared on:\n" + screen.toString(StandardCharsets.UTF_8));
    }

    private void type(String text) throws Exception {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    private Simulation waitForRunningSimulation() throws InterruptedException {
        for (int k = 0; k < 400; k++) {
            Simulation sim = repl.session().current().orElse(null);
            if (sim != null && sim.t().si() > 0.05) {
                return sim;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the run never started");
    }
}
