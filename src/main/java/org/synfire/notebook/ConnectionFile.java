package org.synfire.notebook;

import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Reads and checks the connection file Jupyter hands a kernel. The library would bind to
 * whatever it is given, and fail later with a ZeroMQ error that names no field; here every
 * problem is found up front and named.
 */
final class ConnectionFile {
    private static final Set<String> TRANSPORTS = Set.of("tcp", "ipc");

    private ConnectionFile() {
    }

    /** @throws IllegalArgumentException naming the file and each field that is wrong */
    static KernelConnectionProperties read(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read connection file " + file + ": " + e.getMessage(), e);
        }
        return parse(json, file.toString());
    }

    static KernelConnectionProperties parse(String json, String source) {
        KernelConnectionProperties props;
        try {
            props = KernelConnectionProperties.parse(json);
        } catch (JsonParseException | IllegalStateException e) {
            throw new IllegalArgumentException("connection file " + source + " is not valid JSON: " + e.getMessage(), e);
        }
        if (props == null) {
            throw new IllegalArgumentException("connection file " + source + " is empty");
        }
        List<String> problems = new ArrayList<>();
        if (props.getTransport() == null || !TRANSPORTS.contains(props.getTransport())) {
            problems.add("transport is " + quoted(props.getTransport()) + ", expected \"tcp\" or \"ipc\"");
        }
        if (props.getIp() == null || props.getIp().isBlank()) {
            problems.add("ip is missing (Jupyter writes e.g. \"127.0.0.1\")");
        }
        if ("tcp".equals(props.getTransport())) {
            port(problems, "shell_port", props.getShellPort());
            port(problems, "iopub_port", props.getIopubPort());
            port(problems, "stdin_port", props.getStdinPort());
            port(problems, "control_port", props.getControlPort());
            port(problems, "hb_port", props.getHbPort());
        }
        boolean signed = props.getKey() != null && !props.getKey().isEmpty();
        if (signed && !"hmac-sha256".equals(props.getSignatureScheme())) {
            problems.add("signature_scheme is " + quoted(props.getSignatureScheme()) + ", expected \"hmac-sha256\"");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("connection file " + source + ": " + String.join("; ", problems));
        }
        return props;
    }

    private static void port(List<String> problems, String field, int port) {
        if (port < 1 || port > 65535) {
            problems.add(field + " is " + port + ", expected a port from 1 to 65535");
        }
    }

    private static String quoted(String s) {
        return s == null ? "missing" : "\"" + s + "\"";
    }
}
