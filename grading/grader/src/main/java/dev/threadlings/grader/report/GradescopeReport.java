package dev.threadlings.grader.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threadlings.grader.json.Json;
import dev.threadlings.grader.score.ExerciseReport;
import dev.threadlings.grader.score.GradingReport;
import dev.threadlings.grader.score.Machine;
import dev.threadlings.grader.score.Points;
import dev.threadlings.grader.score.TestScore;
import dev.threadlings.kit.measure.Measurement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes Gradescope's {@code results.json}.
 *
 * <p>Top level: {@code score}, {@code max_score}, {@code output}, {@code output_format},
 * {@code test_output_format}, {@code test_name_format}, {@code execution_time}, {@code visibility},
 * {@code stdout_visibility}, {@code tests}, {@code leaderboard} (each exercise's best speedup) and
 * {@code extra_data} (the machine, each exercise's figures). Each test: {@code name}, {@code number},
 * {@code score}, {@code max_score}, {@code status} ({@code "passed"} or {@code "failed"}), {@code output},
 * {@code tags}, {@code visibility} and {@code extra_data} (its status and what it measured).
 */
public final class GradescopeReport {

    /** The file name Gradescope reads. */
    public static final String FILE_NAME = "results.json";

    /** The visibilities Gradescope knows, for a test or the whole result. */
    public static final List<String> VISIBILITIES = List.of("visible", "hidden", "after_due_date", "after_published");

    private GradescopeReport() {
    }

    /**
     * Builds the JSON document.
     *
     * @param report the grading's report
     * @return the document
     */
    public static ObjectNode toJson(GradingReport report) {
        return toJson(report, "visible");
    }

    /**
     * Builds the JSON document with every test at a visibility.
     *
     * @param report the grading's report
     * @param testVisibility one of {@link #VISIBILITIES}: {@code "after_due_date"} hides the hidden tests' names
     *     and messages until the due date
     * @return the document
     */
    public static ObjectNode toJson(GradingReport report, String testVisibility) {
        if (!VISIBILITIES.contains(testVisibility)) {
            throw new IllegalArgumentException("not a Gradescope visibility: " + testVisibility + "; one of "
                    + VISIBILITIES);
        }
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("score", report.score());
        root.put("max_score", report.maxScore());
        root.put("output", SummaryReport.headline(report));
        root.put("output_format", "text");
        root.put("test_output_format", "text");
        root.put("test_name_format", "text");
        root.put("execution_time", Math.max(1, Math.round(report.elapsed().toMillis() / 1000.0)));
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        ArrayNode tests = root.putArray("tests");
        for (ExerciseReport exercise : report.exercises()) {
            for (TestScore test : exercise.tests()) {
                tests.add(test(exercise, test, testVisibility));
            }
        }
        root.set("leaderboard", leaderboard(report));
        root.set("extra_data", extraData(report));
        return root;
    }

    /** One entry per exercise: the best speedup any of its strategies measured, higher is better. */
    private static ArrayNode leaderboard(GradingReport report) {
        ArrayNode board = Json.mapper().createArrayNode();
        for (ExerciseReport exercise : report.exercises()) {
            exercise.tests().stream().flatMap(t -> t.measurements().stream())
                    .map(Measurement::speedup).filter(java.util.Objects::nonNull)
                    .max(Double::compare)
                    .ifPresent(best -> board.addObject()
                            .put("name", exercise.exercise().id() + " best speedup")
                            .put("value", round(best))
                            .put("order", "desc"));
        }
        return board;
    }

    private static ObjectNode test(ExerciseReport exercise, TestScore test, String visibility) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("name", exercise.exercise().id() + " › " + test.test().name());
        node.put("number", test.number());
        node.put("score", Points.round(test.score()));
        node.put("max_score", Points.round(test.maxScore()));
        node.put("status", test.full() ? "passed" : "failed");
        node.put("output", test.output());
        ArrayNode tags = node.putArray("tags");
        test.test().tags().forEach(tags::add);
        node.put("visibility", visibility);
        ObjectNode extra = node.putObject("extra_data");
        extra.put("status", test.status().label());
        extra.put("seconds", seconds(test.millis()));
        ArrayNode measured = extra.putArray("measurements");
        test.measurements().forEach(m -> measured.add(figures(m)));
        return node;
    }

    /** A measurement's figures without its timeline: the timeline is the HTML report's. */
    static ObjectNode figures(Measurement m) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("strategy", m.strategy());
        node.put("millis", round(m.millis()));
        putOptional(node, "expected_millis", m.expectedMillis());
        putOptional(node, "baseline_millis", m.baselineMillis());
        putOptional(node, "reference_millis", m.referenceMillis());
        putOptional(node, "speedup", m.speedup());
        putOptional(node, "reference_speedup", m.referenceSpeedup());
        putOptional(node, "expected_speedup", m.expectedSpeedup());
        putOptional(node, "cores_busy", m.coresBusy());
        if (m.verdict() != null) {
            node.put("verdict", m.verdict());
        }
        return node;
    }

    private static void putOptional(ObjectNode node, String field, Double value) {
        if (value != null && Double.isFinite(value)) {
            node.put(field, round(value));
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static ObjectNode extraData(GradingReport report) {
        ObjectNode extra = Json.mapper().createObjectNode();
        Machine machine = report.machine();
        extra.put("java_version", machine.javaVersion());
        extra.put("cores", machine.cores());
        putOptional(extra, "cpu_quota", machine.cpuQuota());
        putOptional(extra, "load_before", machine.loadBefore());
        putOptional(extra, "load_after", machine.loadAfter());
        putOptional(extra, "other_processes_cores", machine.otherCores());
        extra.put("os", machine.os());
        ArrayNode concerns = extra.putArray("timing_concerns");
        machine.timingConcerns().forEach(concerns::add);
        extra.put("started_at", report.startedAt().toString());
        extra.put("seconds", seconds(report.elapsed().toMillis()));
        if (report.problem() != null) {
            extra.put("grader_problem", report.problem());
        }
        ArrayNode warnings = extra.putArray("warnings");
        report.warnings().forEach(warnings::add);
        ObjectNode exercises = extra.putObject("exercises");
        for (ExerciseReport exercise : report.exercises()) {
            ObjectNode node = exercises.putObject(exercise.exercise().id());
            node.put("score", exercise.score());
            node.put("max_score", exercise.maxScore());
            node.put("compiled", exercise.compiled());
            node.put("timed_out", exercise.timedOut());
            if (exercise.exitCode() == null) {
                node.putNull("exit_code");
            } else {
                node.put("exit_code", exercise.exitCode());
            }
            node.put("time_limit_seconds", exercise.exercise().timeLimit().toSeconds());
            node.put("compile_seconds", seconds(exercise.compileTime().toMillis()));
            node.put("run_seconds", seconds(exercise.runTime().toMillis()));
            if (exercise.problem() == null) {
                node.putNull("problem");
            } else {
                node.put("problem", exercise.problem());
            }
            ArrayNode notes = node.putArray("notes");
            exercise.notes().forEach(notes::add);
            ObjectNode testSeconds = node.putObject("test_seconds");
            exercise.tests().forEach(t -> testSeconds.put(t.number(), seconds(t.millis())));
        }
        return extra;
    }

    private static double seconds(long millis) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.2f", millis / 1000.0));
    }

    /**
     * Writes {@code results.json} into a folder.
     *
     * @param report the grading's report
     * @param outDir the folder; created when missing
     * @return the file written
     * @throws IOException when it cannot be written
     */
    public static Path write(GradingReport report, Path outDir) throws IOException {
        return write(report, outDir, "visible");
    }

    /**
     * Writes {@code results.json} into a folder, with every test at a visibility.
     *
     * @param report the grading's report
     * @param outDir the folder; created when missing
     * @param testVisibility one of {@link #VISIBILITIES}
     * @return the file written
     * @throws IOException when it cannot be written
     */
    public static Path write(GradingReport report, Path outDir, String testVisibility) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve(FILE_NAME);
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), toJson(report, testVisibility));
        return file;
    }
}
