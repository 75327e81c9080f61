package org.synfire.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.junit.jupiter.api.Test;

class ConnectionFileTest {
    private static final String GOOD = """
        {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
         "ip": "127.0.0.1", "key": "abc", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "synfire-java"}
        """;

    @Test
    void readsWhatJupyterWrites() {
        KernelConnectionProperties p = ConnectionFile.parse(GOOD, "test");
        assertEquals("127.0.0.1", p.getIp());
        assertEquals(5001, p.getShellPort());
        assertEquals("abc", p.getKey());
    }

    @Test
    void namesEveryWrongField() {
        String bad = GOOD.replace("\"tcp\"", "\"udp\"").replace("5003", "0").replace("hmac-sha256", "md5");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConnectionFile.parse(bad, "conn.json"));
        assertTrue(e.getMessage().contains("conn.json"), e.getMessage());
        assertTrue(e.getMessage().contains("transport is \"udp\""), e.getMessage());
        assertTrue(e.getMessage().contains("signature_scheme is \"md5\""), e.getMessage());
        String noIp = GOOD.replace("\"ip\": \"127.0.0.1\",", "");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConnectionFile.parse(noIp, "c")).getMessage().contains("ip is missing"));
        String badPort = GOOD.replace("5003", "70000");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConnectionFile.parse(badPort, "c")).getMessage()
            .contains("stdin_port is 70000"));
    }

    @Test
    void rejectsBrokenJson() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConnectionFile.parse("{\"ip\": ", "c.json"));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConnectionFile.parse("", "c.json")).getMessage().contains("empty"));
    }

    @Test
    void launcherRejectsWrongArgumentsAndFiles() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream ps = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, KernelMain.run(new String[] {"cobol", "x.json"}, ps));
        assertTrue(err.toString(java.nio.charset.StandardCharsets.UTF_8).contains("no kernel named 'cobol'"));
        assertEquals(2, KernelMain.run(new String[] {"java"}, ps));
        assertEquals(2, KernelMain.run(new String[] {"java", "/nonexistent/conn.json"}, ps));
        assertTrue(err.toString(java.nio.charset.StandardCharsets.UTF_8).contains("cannot read connection file /nonexistent/conn.json"));
    }
}
