package org.synfire.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Reads a script's text, with one clear line for each way a path can fail to be a script. */
final class ScriptFile {
    private ScriptFile() {
    }

    /** Why a path gives no script text, in one line naming the path and what to give instead. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    /** The script's text, decoded as UTF-8 (malformed bytes are refused, never replaced). */
    static String read(Path script) throws Unreadable {
        if (Files.isDirectory(script)) {
            throw new Unreadable(script + " is a folder, not a script; give the path of a .groovy file" + scriptsIn(script));
        }
        if (!Files.isRegularFile(script)) {
            throw new Unreadable("no script at " + script + "; give the path of a .groovy file, e.g. scripts/cuba.groovy");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(script);
        } catch (IOException e) {
            throw new Unreadable("cannot read " + script + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        for (int k = 0; k < bytes.length; k++) {
            if (bytes[k] == 0) {
                throw new Unreadable(script + " is a binary file (byte " + k + " is 0), not a Groovy script");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable(script + " is not UTF-8 text (" + firstMalformed(bytes) + "); save it as UTF-8");
        }
    }

    /** Where the first byte sequence that is not UTF-8 starts, as a line and a byte offset. */
    private static String firstMalformed(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        for (int k = 0; k < bytes.length; ) {
            int length = bytes[k] >= 0 ? 1 : (bytes[k] & 0xE0) == 0xC0 ? 2 : (bytes[k] & 0xF0) == 0xE0 ? 3 : 4;
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, k, Math.min(length, bytes.length - k)));
            } catch (CharacterCodingException e) {
                return String.format("line %d, byte %d is 0x%02X", line, k, bytes[k] & 0xFF);
            }
            line += bytes[k] == '\n' ? 1 : 0;
            k += length;
        }
        return "a sequence cut off at the end";
    }

    private static String scriptsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            String names = String.join(", ", files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".groovy")).sorted()
                .limit(5).toList());
            return names.isEmpty() ? "" : " (it holds " + names + ")";
        } catch (IOException e) {
            return "";
        }
    }
}
