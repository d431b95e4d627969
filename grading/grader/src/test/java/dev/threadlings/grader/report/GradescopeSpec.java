package dev.threadlings.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.util.List;
import java.util.Map;

/** Gradescope's results.json specification as a check, for the report's unit tests and real gradings. */
public final class GradescopeSpec {

    private GradescopeSpec() {
    }

    /** Gradescope's fields (https://gradescope-autograders.readthedocs.io/en/latest/specs/) and their types. */
    private static final Map<String, JsonNodeType> TOP_LEVEL = Map.ofEntries(
            Map.entry("score", JsonNodeType.NUMBER), Map.entry("max_score", JsonNodeType.NUMBER),
            Map.entry("execution_time", JsonNodeType.NUMBER), Map.entry("output", JsonNodeType.STRING),
            Map.entry("output_format", JsonNodeType.STRING), Map.entry("test_output_format", JsonNodeType.STRING),
            Map.entry("test_name_format", JsonNodeType.STRING), Map.entry("visibility", JsonNodeType.STRING),
            Map.entry("stdout_visibility", JsonNodeType.STRING), Map.entry("extra_data", JsonNodeType.OBJECT),
            Map.entry("tests", JsonNodeType.ARRAY), Map.entry("leaderboard", JsonNodeType.ARRAY));

    private static final Map<String, JsonNodeType> TEST = Map.ofEntries(
            Map.entry("score", JsonNodeType.NUMBER), Map.entry("max_score", JsonNodeType.NUMBER),
            Map.entry("status", JsonNodeType.STRING), Map.entry("name", JsonNodeType.STRING),
            Map.entry("name_format", JsonNodeType.STRING), Map.entry("number", JsonNodeType.STRING),
            Map.entry("output", JsonNodeType.STRING), Map.entry("output_format", JsonNodeType.STRING),
            Map.entry("tags", JsonNodeType.ARRAY), Map.entry("visibility", JsonNodeType.STRING),
            Map.entry("extra_data", JsonNodeType.OBJECT));

    private static final List<String> FORMATS = List.of("text", "html", "simple_format", "md", "ansi");

    /**
     * Checks a results.json against Gradescope's specification: only known fields, each of its type, every
     * enumerated value one Gradescope knows; used on real gradings too.
     *
     * @param root the document
     */
    public static void assertFollows(JsonNode root) {
        assertThat(root.isObject()).isTrue();
        root.fieldNames().forEachRemaining(field -> {
            assertThat(TOP_LEVEL).as("top-level field %s", field).containsKey(field);
            assertThat(root.get(field).getNodeType()).as("type of %s", field).isEqualTo(TOP_LEVEL.get(field));
        });
        for (String format : List.of("output_format", "test_output_format", "test_name_format")) {
            if (root.has(format)) {
                assertThat(root.get(format).asText()).isIn(FORMATS);
            }
        }
        for (String visibility : List.of("visibility", "stdout_visibility")) {
            if (root.has(visibility)) {
                assertThat(root.get(visibility).asText()).isIn(GradescopeReport.VISIBILITIES);
            }
        }
        assertThat(root.has("score") || hasEveryTestScore(root)).as("a score on the whole or on each test").isTrue();
        for (JsonNode test : root.get("tests")) {
            test.fieldNames().forEachRemaining(field -> {
                assertThat(TEST).as("test field %s", field).containsKey(field);
                assertThat(test.get(field).getNodeType()).as("type of test field %s", field)
                        .isEqualTo(TEST.get(field));
            });
            if (test.has("status")) {
                assertThat(test.get("status").asText()).isIn("passed", "failed");
            }
            if (test.has("visibility")) {
                assertThat(test.get("visibility").asText()).isIn(GradescopeReport.VISIBILITIES);
            }
            test.get("tags").forEach(tag -> assertThat(tag.isTextual()).isTrue());
            assertThat(test.get("score").asDouble()).isBetween(0.0, test.get("max_score").asDouble());
        }
        if (root.has("leaderboard")) {
            for (JsonNode entry : root.get("leaderboard")) {
                assertThat(entry.get("name").isTextual()).isTrue();
                assertThat(entry.get("value").isNumber() || entry.get("value").isTextual()).isTrue();
                if (entry.has("order")) {
                    assertThat(entry.get("order").asText()).isIn("asc", "desc");
                }
            }
        }
    }

    private static boolean hasEveryTestScore(JsonNode root) {
        for (JsonNode test : root.get("tests")) {
            if (!test.has("score")) {
                return false;
            }
        }
        return true;
    }
}
