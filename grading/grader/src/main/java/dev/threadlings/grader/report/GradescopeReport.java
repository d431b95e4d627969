package dev.threadlings.grader.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threadlings.grader.json.Json;
import dev.threadlings.grader.score.ExerciseReport;
import dev.threadlings.grader.score.GradingReport;
import dev.threadlings.grader.score.Points;
import dev.threadlings.grader.score.TestScore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes Gradescope's {@code results.json}.
 *
 * <p>Top level: {@code score}, {@code max_score}, {@code output}, {@code execution_time},
 * {@code stdout_visibility}, {@code tests}, {@code extra_data}. Each test: {@code name}, {@code number},
 * {@code score}, {@code max_score}, {@code status} ({@code "passed"} or {@code "failed"}), {@code output},
 * {@code tags}, {@code visibility}.
 */
public final class GradescopeReport {

    /** The file name Gradescope reads. */
    public static final String FILE_NAME = "results.json";

    private GradescopeReport() {
    }

    /**
     * Builds the JSON document.
     *
     * @param report the grading's report
     * @return the document
     */
    public static ObjectNode toJson(GradingReport report) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("score", report.score());
        root.put("max_score", report.maxScore());
        root.put("output", SummaryReport.headline(report));
        root.put("execution_time", Math.max(1, Math.round(report.elapsed().toMillis() / 1000.0)));
        root.put("stdout_visibility", "hidden");
        ArrayNode tests = root.putArray("tests");
        for (ExerciseReport exercise : report.exercises()) {
            for (TestScore test : exercise.tests()) {
                tests.add(test(exercise, test));
            }
        }
        root.set("extra_data", extraData(report));
        return root;
    }

    private static ObjectNode test(ExerciseReport exercise, TestScore test) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("name", exercise.exercise().id() + " › " + test.test().name());
        node.put("number", test.number());
        node.put("score", Points.round(test.score()));
        node.put("max_score", Points.round(test.maxScore()));
        node.put("status", test.full() ? "passed" : "failed");
        node.put("output", test.output());
        ArrayNode tags = node.putArray("tags");
        test.test().tags().forEach(tags::add);
        node.put("visibility", "visible");
        return node;
    }

    private static ObjectNode extraData(GradingReport report) {
        ObjectNode extra = Json.mapper().createObjectNode();
        extra.put("java_version", report.javaVersion());
        extra.put("cores", report.cores());
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
        Files.createDirectories(outDir);
        Path file = outDir.resolve(FILE_NAME);
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), toJson(report));
        return file;
    }
}
