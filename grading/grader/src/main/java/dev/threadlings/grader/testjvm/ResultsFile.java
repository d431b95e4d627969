package dev.threadlings.grader.testjvm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import dev.threadlings.grader.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The results file of a test JVM: one {@link TestJvmEvent} a line, appended as tests end, each line signed.
 *
 * <p>Learner code runs in the same JVM and can find the file (its path is on the JVM's command line) and
 * write to it. So each line is {@code <mac> <json>}, the mac an HMAC-SHA256 over the line's sequence
 * number and its JSON, keyed by a secret the grader makes for each test JVM and hands it on its standard
 * input, which is read before any learner class is loaded and then closed. Only signed lines in sequence
 * count; anything else is counted as written by someone else, and reported.
 */
public final class ResultsFile {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private final Path path;
    private final Mac mac;
    private long next;

    /**
     * Opens a results file for appending signed events.
     *
     * @param path the file; created when missing
     * @param key the secret the grader gave this JVM
     */
    public ResultsFile(Path path, byte[] key) {
        this.path = path;
        this.mac = mac(key);
    }

    /**
     * A new secret for one test JVM.
     *
     * @return {@value #KEY_BYTES} random bytes
     */
    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /**
     * Reads a key as the grader writes it: hex digits on one line.
     *
     * @param line the line, or {@code null} when there was none
     * @return the key
     * @throws IllegalArgumentException when the line is no key
     */
    public static byte[] parseKey(String line) {
        if (line == null || !line.strip().matches("[0-9a-f]{" + 2 * KEY_BYTES + "}")) {
            throw new IllegalArgumentException("no results key on standard input: the grader starts this JVM");
        }
        return HexFormat.of().parseHex(line.strip());
    }

    /**
     * Writes a key the way {@link #parseKey(String)} reads it.
     *
     * @param key the key
     * @return hex digits and a line break
     */
    public static String formatKey(byte[] key) {
        return HexFormat.of().formatHex(key) + "\n";
    }

    /**
     * Appends one event and writes it through at once, so a killed JVM loses nothing it reported.
     *
     * @param event the event
     */
    public void append(TestJvmEvent event) {
        try {
            appendJson(Json.mapper().writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event + " as JSON", e);
        }
    }

    /**
     * Appends one line of JSON, signed as the next in sequence.
     *
     * @param json the line
     */
    synchronized void appendJson(String json) {
        try {
            String line = sign(mac, next, json) + " " + json + "\n";
            Files.writeString(path, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            next++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a results file held.
     *
     * @param events the events the test JVM signed, in order
     * @param foreign how many lines it did not sign (a last line cut short by a kill is not counted)
     */
    public record Contents(List<TestJvmEvent> events, int foreign) {

        /**
         * The events as a run log.
         *
         * @return a new log of these events
         */
        public RunLog log() {
            return RunLog.of(events);
        }
    }

    /**
     * Reads the events signed with {@code key}, in their sequence. A line whose signature does not hold
     * (forged, copied to another place, or changed) is counted and skipped.
     *
     * @param path the file
     * @param key the secret given to the JVM that wrote it
     * @return the events and how many lines were not the JVM's own; none when the file does not exist
     * @throws IOException when the file cannot be read
     */
    public static Contents read(Path path, byte[] key) throws IOException {
        List<TestJvmEvent> events = new ArrayList<>();
        if (!Files.exists(path)) {
            return new Contents(events, 0);
        }
        Mac mac = mac(key);
        String text = Files.readString(path, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\n", -1);
        int foreign = 0;
        long next = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = new String(lines[i].getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            boolean last = i == lines.length - 1;
            if (line.isBlank()) {
                continue;
            }
            int space = line.indexOf(' ');
            String json = space < 0 ? "" : line.substring(space + 1);
            if (space < 0 || !matches(line.substring(0, space), sign(mac, next, json))) {
                if (!last) {
                    foreign++;
                }
                continue;
            }
            next++;
            try {
                events.add(Json.mapper().readValue(json, TestJvmEvent.class));
            } catch (InvalidTypeIdException e) {
                // Signed, so the test JVM's own: an event of a newer grader, ignored.
            } catch (JsonProcessingException e) {
                foreign++;
            }
        }
        return new Contents(events, foreign);
    }

    private static boolean matches(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }

    private static String sign(Mac mac, long sequence, String json) {
        mac.update((sequence + "\n").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot sign results with " + ALGORITHM, e);
        }
    }
}
