package org.synfire.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @TempDir
    Path builds;

    /** A stand-in for what `mvn package` makes: a launcher and lib/synfire-VERSION.jar (content is not read). */
    private Path distribution(String version) throws Exception {
        Path dist = builds.resolve("synfire-" + version);
        Files.createDirectories(dist.resolve("bin"));
        Files.createDirectories(dist.resolve("lib"));
        Files.createDirectories(dist.resolve("cds"));
        Files.writeString(dist.resolve("bin/synfire"), "#!/bin/sh\n");
        Files.writeString(dist.resolve("lib/synfire-" + version + ".jar"), version);
        Files.writeString(dist.resolve("cds/cli.jsa"), "fits only this folder");
        return dist;
    }

    @Test
    void installCopiesTheDistributionAndWritesSpecsThatLaunchTheCopyWithALogo() throws Exception {
        Path kernels = KernelInstaller.prefixKernelsDir(prefix);
        List<Path> specs = KernelInstaller.install(kernels, distribution("0.1.0"));
        assertEquals(KernelInstaller.KERNELS.size(), specs.size());
        Path copy = prefix.resolve("share/jupyter/synfire/0.1.0");
        assertEquals(copy, KernelInstaller.distributionDir(kernels).resolve("0.1.0"));
        assertEquals("0.1.0", Files.readString(copy.resolve("lib/synfire-0.1.0.jar")));
        assertFalse(Files.exists(copy.resolve("cds")), "start-up archives stay behind: they fit only their folder");
        for (Path spec : specs) {
            JsonObject json = JsonParser.parseString(Files.readString(spec.resolve("kernel.json"))).getAsJsonObject();
            String language = KernelInstaller.KERNELS.get(spec.getFileName().toString());
            assertEquals(language, json.get("language").getAsString());
            assertEquals("message", json.get("interrupt_mode").getAsString());
            List<String> argv = new java.util.ArrayList<>();
            json.getAsJsonArray("argv").forEach(a -> argv.add(a.getAsString()));
            assertEquals(copy.resolve("bin/synfire").toString(), argv.get(0));
            assertTrue(argv.contains("-J-Xss4m") && argv.contains("-J-ea:REPL..."), argv.toString());
            assertEquals(List.of("kernel", "start", language, "{connection_file}"), argv.subList(argv.size() - 4, argv.size()));
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
        KernelInstaller.install(kernels, distribution("0.1.0"));
        assertEquals(KernelInstaller.KERNELS.size(), KernelInstaller.list(List.of(kernels)).size());
        assertEquals(KernelInstaller.KERNELS.size(), KernelInstaller.remove(kernels).size());
        assertEquals(List.of(), KernelInstaller.list(List.of(kernels)));
        assertTrue(Files.exists(other.resolve("kernel.json")));
        assertFalse(Files.exists(KernelInstaller.distributionDir(kernels)), "the copy goes with the specs");
    }

    @Test
    void aNewerVersionReplacesTheOlderCopyAndLeavesOtherFilesAlone() throws Exception {
        Path kernels = KernelInstaller.prefixKernelsDir(prefix);
        Path versions = KernelInstaller.distributionDir(kernels);
        KernelInstaller.install(kernels, distribution("0.1.0"));
        Files.writeString(versions.resolve("README"), "not ours");
        KernelInstaller.install(kernels, distribution("0.2.0"));
        assertFalse(Files.exists(versions.resolve("0.1.0")));
        assertTrue(Files.isRegularFile(versions.resolve("0.2.0/lib/synfire-0.2.0.jar")));
        assertTrue(Files.readString(kernels.resolve("synfire-java/kernel.json")).contains(versions.resolve("0.2.0/bin/synfire").toString()));
        // Reinstalling the same version (a rebuilt snapshot) replaces its copy whole.
        Files.writeString(builds.resolve("synfire-0.2.0/lib/synfire-0.2.0.jar"), "rebuilt");
        KernelInstaller.install(kernels, builds.resolve("synfire-0.2.0"));
        assertEquals("rebuilt", Files.readString(versions.resolve("0.2.0/lib/synfire-0.2.0.jar")));
        try (var left = Files.list(versions)) {
            assertEquals(List.of("0.2.0", "README"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
        KernelInstaller.remove(kernels);
        assertTrue(Files.exists(versions.resolve("README")));
    }

    @Test
    void installRefusesAFolderThatIsNoDistribution() throws Exception {
        Path kernels = KernelInstaller.prefixKernelsDir(prefix);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelInstaller.install(kernels, builds));
        assertEquals(builds + " is no Synfire distribution (it needs bin/synfire and lib/); `mvn package` makes one in target/synfire-VERSION",
            e.getMessage());
        Path dist = distribution("0.1.0");
        Files.delete(dist.resolve("lib/synfire-0.1.0.jar"));
        e = assertThrows(IllegalArgumentException.class, () -> KernelInstaller.install(kernels, dist));
        assertTrue(e.getMessage().endsWith("has no synfire-VERSION.jar; rebuild it with `mvn package`"), e.getMessage());
        assertFalse(Files.exists(kernels));
    }

    @Test
    void commandLineInstallsListsRemovesAndRejectsBadOptions() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        // The launcher names its distribution; a JVM started otherwise has nothing to install.
        assertEquals(1, KernelInstaller.run(new String[] {"install", "--prefix", prefix.toString()}, o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("synfire kernel install: this Synfire was not started from a distribution"),
            err.toString(StandardCharsets.UTF_8));
        System.setProperty("synfire.home", distribution("0.1.0").toString());
        try {
            assertEquals(0, KernelInstaller.run(new String[] {"install", "--prefix", prefix.toString()}, o, e));
        } finally {
            System.clearProperty("synfire.home");
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("installed " + prefix.resolve("share/jupyter/kernels/synfire-java")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("installed " + prefix.resolve("share/jupyter/synfire")));
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
