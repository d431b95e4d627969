package dev.threadlings.grader.fork;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.threadlings.grader.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** The results file of a test JVM: one JSON {@link ForkEvent} a line, appended as tests end. */
public final class ResultsFile {

    private final Path path;

    /**
     * Opens a results file for appending.
     *
     * @param path the file; created when missing
     */
    public ResultsFile(Path path) {
        this.path = path;
    }

    /**
     * Appends one event and writes it through at once, so a killed JVM loses nothing it reported.
     *
     * @param event the event
     */
    public synchronized void append(ForkEvent event) {
        try {
            String line = Json.mapper().writeValueAsString(event) + "\n";
            Files.writeString(path, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads every complete event; a line cut short by a killed JVM, or any line that is not an event, is
     * skipped.
     *
     * @param path the file
     * @return the events in order, or none when the file does not exist
     * @throws IOException when the file cannot be read
     */
    public static List<ForkEvent> read(Path path) throws IOException {
        List<ForkEvent> events = new ArrayList<>();
        if (!Files.exists(path)) {
            return events;
        }
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                ForkEvent event = Json.mapper().readValue(line, ForkEvent.class);
                if (event.event() != null) {
                    events.add(event);
                }
            } catch (JsonProcessingException e) {
                // A line cut by a kill: everything before it still counts.
            }
        }
        return events;
    }
}
