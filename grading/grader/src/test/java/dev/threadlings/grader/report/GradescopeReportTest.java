package dev.threadlings.grader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threadlings.grader.json.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradescopeReportTest {

    @Test
    void has_every_top_level_field_with_its_json_type(@TempDir Path out) throws Exception {
        JsonNode root = Json.mapper().readTree(GradescopeReport.write(ReportFixtures.report(), out).toFile());
        assertThat(root.get("score").getNodeType()).isEqualTo(JsonNodeType.NUMBER);
        assertThat(root.get("max_score").getNodeType()).isEqualTo(JsonNodeType.NUMBER);
        assertThat(root.get("output").getNodeType()).isEqualTo(JsonNodeType.STRING);
        assertThat(root.get("execution_time").getNodeType()).isEqualTo(JsonNodeType.NUMBER);
        assertThat(root.get("stdout_visibility").asText()).isEqualTo("hidden");
        assertThat(root.get("tests").getNodeType()).isEqualTo(JsonNodeType.ARRAY);
        assertThat(root.get("extra_data").getNodeType()).isEqualTo(JsonNodeType.OBJECT);
        assertThat(root.get("score").asDouble()).isEqualTo(3.0);
        assertThat(root.get("max_score").asDouble()).isEqualTo(9.5);
        assertThat(root.get("output").asText()).startsWith("Threadlings: 3 / 9.5 points.");
    }

    @Test
    void has_every_test_field_with_its_json_type() {
        JsonNode tests = GradescopeReport.toJson(ReportFixtures.report()).get("tests");
        assertThat(tests).hasSize(4);
        for (JsonNode test : tests) {
            assertThat(test.get("name").isTextual()).isTrue();
            assertThat(test.get("number").isTextual()).isTrue();
            assertThat(test.get("score").isNumber()).isTrue();
            assertThat(test.get("max_score").isNumber()).isTrue();
            assertThat(test.get("status").asText()).isIn("passed", "failed");
            assertThat(test.get("output").isTextual()).isTrue();
            assertThat(test.get("tags").isArray()).isTrue();
            assertThat(test.get("tags").get(0).isTextual()).isTrue();
            assertThat(test.get("visibility").asText()).isEqualTo("visible");
        }
    }

    @Test
    void names_numbers_and_scores_each_test() {
        JsonNode tests = GradescopeReport.toJson(ReportFixtures.report()).get("tests");
        assertThat(tests.get(1).get("name").asText())
                .isEqualTo("01-downloads › Correctness › Threaded › keeps k in flight");
        assertThat(tests.get(1).get("number").asText()).isEqualTo("1.2");
        assertThat(tests.get(0).get("status").asText()).isEqualTo("passed");
        assertThat(tests.get(3).get("status").asText()).as("partial credit is not a pass").isEqualTo("failed");
        assertThat(tests.get(3).get("score").asDouble()).isEqualTo(1.0);
        assertThat(tests.get(2).get("output").asText()).startsWith("Not attempted yet: TODO(");
        assertThat(tests.get(0).get("tags")).extracting(JsonNode::asText).containsExactly("correctness", "task:2");
    }

    @Test
    void extra_data_tells_per_exercise_how_it_went() {
        JsonNode extra = GradescopeReport.toJson(ReportFixtures.report()).get("extra_data");
        assertThat(extra.get("java_version").asText()).isEqualTo("21.0.5");
        assertThat(extra.get("cores").isInt()).isTrue();
        JsonNode exercise = extra.get("exercises").get("01-downloads");
        assertThat(exercise.get("compiled").isBoolean()).isTrue();
        assertThat(exercise.get("timed_out").isBoolean()).isTrue();
        assertThat(exercise.get("compile_seconds").asDouble()).isEqualTo(0.8);
        assertThat(exercise.get("run_seconds").asDouble()).isEqualTo(5.2);
        assertThat(exercise.get("exit_code").asInt()).isZero();
        assertThat(exercise.get("notes")).extracting(JsonNode::asText).containsExactly("a note");
    }

    @Test
    void follows_the_gradescope_specification() {
        GradescopeSpec.assertFollows(GradescopeReport.toJson(ReportFixtures.report()));
        GradescopeSpec.assertFollows(GradescopeReport.toJson(ReportFixtures.report(), "after_due_date"));
    }

    @Test
    void the_spec_check_catches_a_field_gradescope_does_not_know_and_a_wrong_status() {
        ObjectNode unknown = GradescopeReport.toJson(ReportFixtures.report());
        unknown.put("grade", 3);
        assertThatThrownBy(() -> GradescopeSpec.assertFollows(unknown)).hasMessageContaining("grade");
        ObjectNode partial = GradescopeReport.toJson(ReportFixtures.report());
        ((ObjectNode) partial.get("tests").get(3)).put("status", "partial");
        assertThatThrownBy(() -> GradescopeSpec.assertFollows(partial)).hasMessageContaining("partial");
    }

    @Test
    void tests_can_be_hidden_until_after_the_due_date_and_an_unknown_visibility_is_refused() {
        JsonNode root = GradescopeReport.toJson(ReportFixtures.report(), "after_due_date");
        assertThat(root.get("tests")).allSatisfy(t -> assertThat(t.get("visibility").asText()).isEqualTo("after_due_date"));
        assertThat(root.get("visibility").asText()).as("the total stays visible").isEqualTo("visible");
        assertThatThrownBy(() -> GradescopeReport.toJson(ReportFixtures.report(), "later"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after_due_date");
    }

    @Test
    void each_test_carries_its_measurements_and_the_leaderboard_the_best_speedup_per_exercise() {
        JsonNode root = GradescopeReport.toJson(ReportFixtures.report());
        JsonNode figures = root.get("tests").get(0).get("extra_data").get("measurements").get(0);
        assertThat(figures.get("strategy").asText()).isEqualTo("ThreadedSumOfSquares(2)");
        assertThat(figures.get("speedup").asDouble()).isEqualTo(1.86);
        assertThat(figures.get("reference_speedup").asDouble()).isEqualTo(1.86);
        assertThat(figures.get("expected_speedup").asDouble()).isEqualTo(1.3);
        assertThat(figures.get("verdict").asText()).isEqualTo("pass");
        assertThat(figures.has("spans")).as("timelines are the HTML report's").isFalse();
        assertThat(root.get("tests").get(1).get("extra_data").get("measurements").get(0).get("expected_millis")
                .asDouble()).isEqualTo(400.0);
        assertThat(root.get("tests").get(2).get("extra_data").get("status").asText()).isEqualTo("not attempted");
        JsonNode board = root.get("leaderboard");
        assertThat(board).hasSize(1);
        assertThat(board.get(0).get("name").asText()).isEqualTo("01-downloads best speedup");
        assertThat(board.get(0).get("value").asDouble()).isEqualTo(1.86);
        assertThat(board.get(0).get("order").asText()).isEqualTo("desc");
    }

    @Test
    void extra_data_tells_the_machine_the_measurements_ran_on() {
        JsonNode extra = GradescopeReport.toJson(ReportFixtures.report()).get("extra_data");
        assertThat(extra.get("load_before").asDouble()).isEqualTo(0.4);
        assertThat(extra.get("load_after").asDouble()).isEqualTo(0.9);
        assertThat(extra.has("cpu_quota")).as("no quota").isFalse();
        assertThat(extra.get("os").asText()).isEqualTo("Linux amd64");
        assertThat(extra.get("timing_concerns")).isEmpty();
    }
}
