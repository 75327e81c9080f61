package org.synfire.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synfire.model.Network;
import org.synfire.model.library.Library;

/**
 * A checkpoint file is complete or refused: written beside its target and renamed when done, and
 * checked for length and checksum before any state is read, so a crash while writing keeps the
 * last good one and a cut or damaged file changes nothing.
 */
class CheckpointFileTest {
    @TempDir
    Path dir;

    private static Simulation network() {
        Network net = Network.create().seed(2);
        net.group("g", 50, Library.lif(), g -> g.set("I", "0.5*nA + i*10*pA"));
        return Simulation.build(net);
    }

    @Test
    void aFailureWhileWritingKeepsTheLastGoodCheckpoint() throws IOException {
        Path file = dir.resolve("run.ckpt");
        Simulation sim = network().run(ms.of(10));
        sim.checkpoint(file);
        byte[] good = Files.readAllBytes(file);
        IOException e = assertThrows(IOException.class, () -> CheckpointFile.write(file, out -> {
            out.writeLong(42);
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertArrayEquals(good, Files.readAllBytes(file), "the earlier checkpoint is untouched");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
    }

    @Test
    void aCutOrDamagedCheckpointIsRefusedAndTheStateIsUnchanged() throws IOException {
        Path file = dir.resolve("run.ckpt");
        network().run(ms.of(10)).checkpoint(file);
        byte[] good = Files.readAllBytes(file);
        Simulation fresh = network();

        Files.write(file, Arrays.copyOf(good, good.length / 2));
        String cut = assertThrows(SimulationException.class, () -> fresh.restore(file)).getMessage();
        assertTrue(cut.contains("cut short while it was written or copied: it holds " + good.length / 2 + " bytes and no end marker"),
            cut);

        byte[] flipped = good.clone();
        flipped[good.length / 3] ^= 0x10;
        Files.write(file, flipped);
        String damaged = assertThrows(SimulationException.class, () -> fresh.restore(file)).getMessage();
        assertTrue(damaged.contains("damaged: checksum mismatch") && damaged.endsWith("the state is unchanged"), damaged);
        assertEquals(0, fresh.step(), "nothing was restored");

        Files.write(file, good);
        fresh.restore(file);
        assertEquals(100, fresh.step(), "the intact file restores");
        String missing = assertThrows(SimulationException.class, () -> fresh.restore(dir.resolve("none.ckpt"))).getMessage();
        assertFalse(missing.contains("null"), missing);
        assertTrue(missing.endsWith("no such file"), missing);
    }

    @Test
    void aCheckpointOfAnotherFormatSaysWhichAndIsRefused() throws IOException {
        Path file = dir.resolve("run.ckpt");
        network().run(ms.of(10)).checkpoint(file);
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        assertEquals(CheckpointFile.FORMAT, buffer.getInt(8), "the format follows the start marker");
        buffer.putInt(8, CheckpointFile.FORMAT + 1);
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 24);
        buffer.putLong(bytes.length - 8, crc.getValue());
        Files.write(file, bytes);
        Simulation fresh = network();
        String newer = assertThrows(SimulationException.class, () -> fresh.restore(file)).getMessage();
        assertTrue(newer.contains("written in checkpoint format " + (CheckpointFile.FORMAT + 1) + ", and this Synfire reads format "
            + CheckpointFile.FORMAT), newer);
        assertEquals(0, fresh.step(), "nothing was restored");
    }
}
