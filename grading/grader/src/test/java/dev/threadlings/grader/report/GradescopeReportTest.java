package dev.threadlings.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
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
}
