package dev.threadlings.grader.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threadlings.grader.json.Json;
import dev.threadlings.grader.plan.Status;
import dev.threadlings.grader.score.ExerciseReport;
import dev.threadlings.grader.score.GradingReport;
import dev.threadlings.grader.score.TestScore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes the results in the format of Exercism's test runners, version 3: {@code version}, {@code status}
 * ({@code "pass"}, {@code "fail"} or {@code "error"}), {@code message} for an error, and per test
 * {@code name}, {@code status}, {@code message}, {@code output} (at most 500 characters) and {@code task_id}
 * (the test's {@code task:N} tag: the strategy it grades).
 *
 * <p>A test passes only with full points. The run is an error when the grader failed or an exercise could
 * not be compiled or graded, as Exercism's runners report a submission that does not build.
 */
public final class ExercismReport {

    /** Where the file goes, inside the output folder. */
    public static final String FILE = "exercism/results.json";

    /** The most characters of a test's output Exercism shows. */
    static final int MAX_OUTPUT = 500;

    private ExercismReport() {
    }

    /**
     * Builds the JSON document.
     *
     * @param report the grading's report
     * @return the document
     */
    public static ObjectNode toJson(GradingReport report) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("version", 3);
        Optional<String> error = error(report);
        boolean allPassed = report.exercises().stream().flatMap(e -> e.tests().stream()).allMatch(TestScore::full);
        root.put("status", error.isPresent() ? "error" : allPassed ? "pass" : "fail");
        error.ifPresent(message -> root.put("message", message));
        ArrayNode tests = root.putArray("tests");
        for (ExerciseReport exercise : report.exercises()) {
            for (TestScore test : exercise.tests()) {
                ObjectNode node = tests.addObject();
                node.put("name", exercise.exercise().id() + " › " + test.test().name());
                boolean couldNotRun = test.status() == Status.NOT_COMPILED || test.status() == Status.NOT_GRADED;
                node.put("status", test.full() ? "pass" : couldNotRun ? "error" : "fail");
                if (test.full()) {
                    node.putNull("message");
                } else {
                    node.put("message", test.status().label() + ": " + test.output());
                }
                if (!test.full() || !test.output().isEmpty()) {
                    node.put("output", cap(test.output()));
                }
                taskId(test).ifPresent(id -> node.put("task_id", id));
            }
        }
        return root;
    }

    private static Optional<String> error(GradingReport report) {
        if (report.problem() != null) {
            return Optional.of("The grader failed: " + report.problem());
        }
        return report.exercises().stream().filter(e -> e.problem() != null && !e.compiled())
                .map(e -> e.exercise().id() + ": " + e.problem()).reduce((a, b) -> a + "\n" + b);
    }

    private static Optional<Integer> taskId(TestScore test) {
        return test.test().tags().stream().filter(t -> t.startsWith("task:")).map(t -> t.substring(5))
                .filter(t -> t.matches("[1-9][0-9]{0,3}")).map(Integer::valueOf).findFirst();
    }

    private static String cap(String output) {
        return output.length() <= MAX_OUTPUT ? output : output.substring(0, MAX_OUTPUT - 1) + "…";
    }

    /**
     * Writes the file into the output folder.
     *
     * @param report the grading's report
     * @param outDir the output folder
     * @return the file written
     * @throws IOException when it cannot be written
     */
    public static Path write(GradingReport report, Path outDir) throws IOException {
        Path file = outDir.resolve(FILE);
        Files.createDirectories(file.getParent());
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), toJson(report));
        return file;
    }
}
