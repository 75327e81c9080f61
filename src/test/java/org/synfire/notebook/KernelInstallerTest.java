package org.synfire.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelInstallerTest {
    @TempDir
    Path prefix;

    @Test
    void installWritesSpecsThatLaunchThisSynfireWithALogo() throws Exception {
        Path kernels = KernelInstaller.prefixKernelsDir(prefix);
        List<Path> specs = KernelInstaller.install(kernels, "target/classes" + java.io.File.pathSeparator + "/opt/x.jar");
        assertEquals(KernelInstaller.KERNELS.size(), specs.size());
        for (Path spec : specs) {
            JsonObject json = JsonParser.parseString(Files.readString(spec.resolve("kernel.json"))).getAsJsonObject();
            String language = KernelInstaller.KERNELS.get(spec.getFileName().toString());
            assertEquals(language, json.get("language").getAsString());
            assertEquals("message", json.get("interrupt_mode").getAsString());
            var argv = json.getAsJsonArray("argv");
            assertTrue(Path.of(argv.get(0).getAsString()).isAbsolute());
            String cp = argv.get(argv.size() - 4).getAsString();
            assertEquals(Path.of("target/classes").toAbsolutePath() + java.io.File.pathSeparator + "/opt/x.jar", cp);
            assertEquals(List.of(KernelMain.class.getName(), language, "{connection_file}"),
                List.of(argv.get(argv.size() - 3).getAsString(), argv.get(argv.size() - 2).getAsString(), argv.get(argv.size() - 1).getAsString()));
            for (int size : new int[] {32, 64}) {
                BufferedImage logo = ImageIO.read(spec.resolve("logo-" + size + "x" + size + ".png").toFile());
                assertEquals(size, logo.getWidth());
                assertEquals(size, logo.getHeight());
                // Drawn, not blank: the white trace is on the dark square.
                assertTrue(hasWhite(logo));
                assertEquals(0xFF1F3A5F, logo.getRGB(size / 2, size - 3));
            }
        }
    }

    private static boolean hasWhite(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void listFindsAndRemoveDeletesOnlySynfireSpecs() throws Exception {
        Path kernels = KernelInstaller.prefixKernelsDir(prefix);
        Path other = kernels.resolve("python3");
        Files.createDirectories(other);
        Files.writeString(other.resolve("kernel.json"), "{\"argv\": [\"python\"]}");
        KernelInstaller.install(kernels, "target/classes");
        assertEquals(KernelInstaller.KERNELS.size(), KernelInstaller.list(List.of(kernels)).size());
        assertEquals(KernelInstaller.KERNELS.size(), KernelInstaller.remove(kernels).size());
        assertEquals(List.of(), KernelInstaller.list(List.of(kernels)));
        assertTrue(Files.exists(other.resolve("kernel.json")));
    }

    @Test
    void commandLineInstallsListsRemovesAndRejectsBadOptions() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(0, KernelInstaller.run(new String[] {"install", "--prefix", prefix.toString()}, o, e));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("installed " + prefix.resolve("share/jupyter/kernels/synfire-java")));
        assertEquals(0, KernelInstaller.run(new String[] {"remove", "--prefix", prefix.toString()}, o, e));
        assertEquals(1, KernelInstaller.run(new String[] {"remove", "--prefix", prefix.toString()}, o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no Synfire kernels in"));
        assertEquals(2, KernelInstaller.run(new String[] {"install", "--system"}, o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("expected --user or --prefix DIR, got --system"));
        assertEquals(2, KernelInstaller.run(new String[] {"frobnicate"}, o, e));
        assertEquals(2, KernelInstaller.run(new String[] {}, o, e));
        assertEquals(0, KernelInstaller.run(new String[] {"list"}, o, e));
    }
}
