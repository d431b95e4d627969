package dev.threadlings.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threadlings.grader.json.Json;
import dev.threadlings.grader.plan.Status;
import dev.threadlings.grader.score.ExerciseReport;
import dev.threadlings.grader.score.GradingReport;
import dev.threadlings.grader.score.TestScore;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExercismReportTest {

    /** The fields of Exercism's test runner interface, version 3. */
    private static final Set<String> TOP_LEVEL = Set.of("version", "status", "message", "tests");
    private static final Set<String> TEST = Set.of("name", "status", "message", "output", "test_code", "task_id");

    @Test
    void writes_version_3_with_a_status_per_test_and_the_strategy_as_task_id(@TempDir Path out) throws Exception {
        JsonNode root = Json.mapper().readTree(ExercismReport.write(ReportFixtures.report(), out).toFile());

        assertThat(out.resolve("exercism/results.json")).exists();
        root.fieldNames().forEachRemaining(f -> assertThat(TOP_LEVEL).contains(f));
        assertThat(root.get("version").asInt()).isEqualTo(3);
        assertThat(root.get("status").asText()).isEqualTo("fail");
        assertThat(root.has("message")).as("a message only for an error").isFalse();
        JsonNode tests = root.get("tests");
        assertThat(tests).hasSize(4);
        tests.forEach(t -> t.fieldNames().forEachRemaining(f -> assertThat(TEST).contains(f)));
        assertThat(tests.get(0).get("status").asText()).isEqualTo("pass");
        assertThat(tests.get(0).get("message").isNull()).isTrue();
        assertThat(tests.get(1).get("status").asText()).isEqualTo("fail");
        assertThat(tests.get(1).get("message").asText()).startsWith("failed: ThreadedDownloader kept 1 request");
        assertThat(tests.get(2).get("message").asText()).startsWith("not attempted: Not attempted yet: TODO(");
        assertThat(tests.get(3).get("status").asText()).as("partial credit is not a pass").isEqualTo("fail");
        assertThat(tests).allSatisfy(t -> assertThat(t.get("task_id").asInt()).isEqualTo(2));
    }

    @Test
    void caps_output_at_500_characters_and_calls_a_submission_that_does_not_compile_an_error() {
        GradingReport base = ReportFixtures.report();
        ExerciseReport exercise = base.exercises().get(0);
        TestScore long1 = new TestScore(exercise.tests().get(1).test(), "1.2", 0, Status.NOT_COMPILED,
                "x".repeat(2000), 0);
        ExerciseReport broken = new ExerciseReport(exercise.exercise(), List.of(long1),
                "Compilation failed: ThreadedDownloader.java:3: ';' expected", false, false, null, null, null,
                List.of());
        GradingReport report = new GradingReport(base.submission(), List.of(broken), null, List.of(),
                base.startedAt(), base.elapsed(), base.machine());

        JsonNode root = ExercismReport.toJson(report);

        assertThat(root.get("status").asText()).isEqualTo("error");
        assertThat(root.get("message").asText()).contains("';' expected");
        assertThat(root.get("tests").get(0).get("output").asText()).hasSize(500);
        assertThat(root.get("tests").get(0).get("status").asText()).isEqualTo("error");
    }
}
