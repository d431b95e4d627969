package dev.threadlings.kit.learner;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threadlings.kit.junit.Category;
import dev.threadlings.kit.junit.NotAttempted;
import dev.threadlings.kit.manifest.Manifest;
import dev.threadlings.kit.measure.Measurement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Every check of a learner's test run of an exercise, with what it measured: {@code target/threadlings/checks.json},
 * from which {@code ./threadlings check} draws the same report the grader draws. Registered as a service; acts only
 * in an exercise's module of the learner's build, as {@link TaskReport} does.
 */
public final class CheckLog implements TestExecutionListener {

    /** The file, from an exercise module's folder. */
    public static final Path FILE = TaskReport.FOLDER.resolve("checks.json");

    private static final int MESSAGE_LENGTH = 4000;
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Optional<Manifest> manifest = ExerciseModule.current();
    private final List<Check> checks = new ArrayList<>();
    private final Map<String, List<Measurement>> measured = new ConcurrentHashMap<>();

    /**
     * One check as it ran.
     *
     * @param test its class and name, such as "SpeedTest › threaded keeps up (task 2)"
     * @param tasks the tasks it checks
     * @param category its grading category's tag, or empty
     * @param status "passed", "failed", "not attempted", "inconclusive" or "skipped"
     * @param message the failure's (or the skip's) message, or empty
     * @param measurements what it measured
     */
    public record Check(String test, List<Integer> tasks, String category, String status, String message,
            List<Measurement> measurements) {

        /** Copies the lists. */
        public Check {
            tasks = tasks == null ? List.of() : List.copyOf(tasks);
            category = category == null ? "" : category;
            message = message == null ? "" : message;
            measurements = measurements == null ? List.of() : List.copyOf(measurements);
        }

        /**
         * Whether the check passed (an inconclusive speed verdict passes).
         *
         * @return {@code true} when it did
         */
        public boolean passed() {
            return status.equals("passed") || status.equals("inconclusive");
        }
    }

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        String json = entry.getKeyValuePairs().get(Measurement.KEY);
        if (manifest.isEmpty() || json == null) {
            return;
        }
        try {
            measured.computeIfAbsent(test.getUniqueId(), id -> new ArrayList<>())
                    .add(JSON.readValue(json, Measurement.class));
        } catch (IOException e) {
            // a measurement the report cannot draw: the check's result still counts
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (manifest.isPresent() && test.isTest()) {
            add(test, "skipped", reason);
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (manifest.isEmpty() || !test.isTest()) {
            return;
        }
        Throwable thrown = result.getThrowable().orElse(null);
        String status = switch (result.getStatus()) {
            case SUCCESSFUL -> "passed";
            case ABORTED -> thrown != null && NotAttempted.isNotAttempted(thrown) ? "not attempted" : "inconclusive";
            case FAILED -> thrown != null && NotAttempted.isNotAttempted(thrown) ? "not attempted" : "failed";
        };
        add(test, status, thrown == null ? "" : String.valueOf(thrown.getMessage()));
    }

    private void add(TestIdentifier test, String status, String message) {
        Set<String> tags = test.getTags().stream().map(TestTag::getName).collect(Collectors.toSet());
        String clean = message == null ? "" : message.strip();
        Check check = new Check(className(test) + " › " + test.getDisplayName(),
                List.copyOf(ExerciseModule.tasksOf(tags, test.getDisplayName())),
                Category.among(tags).map(Category::tag).orElse(""), status,
                clean.length() <= MESSAGE_LENGTH ? clean : clean.substring(0, MESSAGE_LENGTH - 1) + "…",
                measured.getOrDefault(test.getUniqueId(), List.of()));
        synchronized (checks) {
            checks.add(check);
        }
    }

    private static String className(TestIdentifier test) {
        String id = test.getUniqueId();
        int at = id.indexOf("[class:");
        if (at < 0) {
            return "";
        }
        String name = id.substring(at + "[class:".length(), id.indexOf(']', at));
        return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (manifest.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(FILE.getParent());
            synchronized (checks) {
                JSON.writerWithDefaultPrettyPrinter().writeValue(FILE.toFile(), checks);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE.toAbsolutePath(), e);
        }
    }

    /**
     * Reads the checks an exercise module's last run left.
     *
     * @param module the exercise's module folder
     * @return the checks, in the order they ended; empty when none ran or the file is unreadable
     */
    public static List<Check> read(Path module) {
        Path file = module.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return JSON.readValue(file.toFile(), new TypeReference<List<Check>>() { });
        } catch (IOException e) {
            return List.of();
        }
    }
}
