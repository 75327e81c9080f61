package org.synfire.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.synfire.Json;
import org.synfire.dsl.Session;

/**
 * {@code manifest.json}: how a script's results were made (version, script hash, parameters,
 * seed, threads, timings, spike counts, and each file with its hash), so a result folder says
 * what produced it, and whether the run finished: its {@code status} is {@code running} from the
 * start, then {@code completed}, {@code failed} (with the message) or {@code interrupted} (a
 * SIGTERM or Ctrl-C; a SIGKILL leaves {@code running}). Written whole to a temporary file and
 * renamed, so a reader never sees half a manifest. Written by hand as JSON: a dozen fields need no
 * library.
 */
final class Manifest {
    private Manifest() {
    }

    /** How the run stands. */
    enum Status {
        RUNNING, COMPLETED, FAILED, INTERRUPTED;

        String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param error the failure's message, or {@code null}
     */
    static Path write(Path folder, Path script, String text, Session session, Instant started, double seconds, Status status,
                      String error) throws IOException {
        Files.createDirectories(folder);
        List<String> simulations = new ArrayList<>();
        for (Session.RunSummary run : session.runs()) {
            List<String> spikes = new ArrayList<>();
            run.spikes().forEach((group, count) -> spikes.add(Json.quote(group) + ": " + count));
            simulations.add(String.format(Locale.ROOT, "{\"simulated_s\": %s, \"run_s\": %.3f, \"threads\": %d, \"spikes\": {%s}}",
                number(run.simulatedSeconds()), run.runSeconds(), run.threads(), String.join(", ", spikes)));
        }
        List<String> files = new ArrayList<>();
        for (Path f : session.saved()) {
            if (Files.exists(f)) {
                files.add("{\"file\": " + Json.quote(folder.relativize(f).toString()) + ", \"bytes\": " + Files.size(f)
                    + ", \"sha256\": " + Json.quote(sha256(Files.readAllBytes(f))) + "}");
            }
        }
        List<String> params = new ArrayList<>();
        for (Map.Entry<String, String> p : session.options().params().entrySet()) {
            params.add(Json.quote(p.getKey()) + ": " + Json.quote(p.getValue()));
        }
        String json = "{\n"
            + "  \"status\": " + Json.quote(status.text()) + ",\n"
            + (error == null ? "" : "  \"error\": " + Json.quote(error) + ",\n")
            + "  \"synfire\": " + Json.quote(Main.version()) + ",\n"
            + "  \"java\": " + Json.quote(System.getProperty("java.version")) + ",\n"
            + "  \"script\": " + Json.quote(script.toString()) + ",\n"
            + "  \"script_sha256\": " + Json.quote(sha256(text.getBytes(StandardCharsets.UTF_8))) + ",\n"
            + "  \"params\": {" + String.join(", ", params) + "},\n"
            + "  \"params_asked\": [" + String.join(", ", session.paramsAsked().stream().map(Json::quote).toList()) + "],\n"
            + "  \"seed\": " + (session.options().seed() == null ? "\"the script's\"" : session.options().seed()) + ",\n"
            + "  \"started\": " + Json.quote(started.toString()) + ",\n"
            + "  \"wall_s\": " + String.format(Locale.ROOT, "%.3f", seconds) + ",\n"
            + "  \"simulations\": [" + String.join(",\n    ", simulations) + "],\n"
            + "  \"files\": [" + String.join(",\n    ", files) + "]\n"
            + "}\n";
        Path manifest = folder.resolve("manifest.json");
        Path partial = folder.resolve("manifest.json.writing");
        Files.writeString(partial, json, StandardCharsets.UTF_8);
        Files.move(partial, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return manifest;
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "null";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
