package org.synfire.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real Jupyter conformance suite (jupyter_kernel_test, Debian's python3-jupyter-kernel-test)
 * and our own protocol checks in src/test/python against both kernels, installed as kernelspecs
 * the way {@code synfire kernel install --prefix} does: from the distribution {@code mvn package} made,
 * copied into the prefix, with a home folder of their own (no {@code ~/.m2} to fall back on).
 * Without Jupyter on the machine the test is
 * skipped and says why; with {@code SYNFIRE_REQUIRE_JUPYTER=1} (as .ci/run sets it) a missing
 * Jupyter fails it instead, so CI cannot pass without running the suite.
 */
@Tag("slow")
class JupyterKernelSuiteTest {
    /** Debian's interpreter, which has the Jupyter modules (the python3 on PATH may be another); -Dsynfire.python overrides. */
    private static final Path PYTHON = Path.of(System.getProperty("synfire.python", "/usr/bin/python3"));

    @TempDir
    Path prefix;

    @Test
    void bothKernelsPassJupyterKernelTestAndOurChecks() throws Exception {
        String missing = missingJupyter();
        if (missing != null) {
            String message = "Jupyter kernel suite not run: " + missing + ". Install it with: apt-get install -y "
                + "--no-install-recommends jupyter-client python3-jupyter-kernel-test";
            if ("1".equals(System.getenv("SYNFIRE_REQUIRE_JUPYTER"))) {
                fail(message + " (SYNFIRE_REQUIRE_JUPYTER=1 makes this suite mandatory)");
            }
            Assumptions.abort(message);
        }
        KernelInstaller.install(KernelInstaller.prefixKernelsDir(prefix), org.synfire.cli.DistributionTest.built());
        Path log = prefix.resolve("suite.log");
        ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), "-m", "unittest", "-v", "test_synfire_kernels")
            .directory(Path.of("src/test/python").toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
        pb.environment().put("JUPYTER_PATH", prefix.resolve("share/jupyter").toString());
        // Keep the user's own kernels and runtime files out of the way of the test kernels.
        pb.environment().put("JUPYTER_DATA_DIR", prefix.resolve("data").toString());
        pb.environment().put("JUPYTER_RUNTIME_DIR", prefix.resolve("runtime").toString());
        Files.createDirectories(prefix.resolve("home"));
        pb.environment().put("HOME", prefix.resolve("home").toString());
        Process python = pb.start();
        boolean finished = python.waitFor(20, TimeUnit.MINUTES);
        if (!finished) {
            python.descendants().forEach(ProcessHandle::destroyForcibly);
            python.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertTrue(finished, "the suite did not finish within 20 minutes:\n" + output);
        assertEquals(0, python.exitValue(), "jupyter_kernel_test reported failures:\n" + output);
        assertTrue(output.contains("\nOK"), output);
        // Every test of the suite is configured; a skip would mean a check silently not made.
        assertFalse(output.contains("skipped"), "some kernel tests were skipped:\n" + output);
        assertTrue(output.contains("test_every_tutorial_executes_and_shows_its_outputs"), "the tutorials did not run:\n" + output);
        for (String kernel : KernelInstaller.KERNELS.values()) {
            String suite = Character.toUpperCase(kernel.charAt(0)) + kernel.substring(1) + "KernelTests";
            assertTrue(output.contains("test_kernel_info (test_synfire_kernels." + suite), suite + " did not run:\n" + output);
        }
    }

    /** Why the suite cannot run here, or null if it can. */
    private static String missingJupyter() throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            return PYTHON + " not found";
        }
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import jupyter_client, jupyter_kernel_test")
            .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            return "the Python modules jupyter_client and jupyter_kernel_test are missing (" + List.of(out.strip().split("\n")).get(0) + ")";
        }
        return null;
    }
}
