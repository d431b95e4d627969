package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threadlings.grader.Repo;
import dev.threadlings.grader.json.Json;
import dev.threadlings.kit.manifest.Manifest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-paced handout: the default handout and, beside it, the grader with its hidden tests and the reference
 * solutions in compiled form. Its {@code ./threadlings grade} gives the stubs nothing, every hidden test "not
 * attempted" (GradeSolutionsIT grades the reference solutions in a self-paced handout: full marks).
 */
class SelfPacedHandoutIT {

    @Test
    void is_the_default_handout_with_the_grader_beside_it_and_grades_the_stubs_zero(@TempDir Path dir)
            throws Exception {
        Path selfPaced = dir.resolve("self-paced");
        assertThat(Handouts.build(selfPaced, "--self-paced")).contains("Wrote the self-paced handout")
                .contains(".threadlings/grader");
        Path plain = dir.resolve("default");
        Handouts.build(plain);
        Path grader = selfPaced.resolve(".threadlings/grader");
        assertThat(grader.resolve("threadlings-grader.jar")).isRegularFile();
        assertThat(grader.resolve("lib")).isDirectoryContaining("glob:**/threadlings-hidden-tests-*.jar");
        assertThat(Handouts.files(selfPaced).stream().filter(f -> !f.startsWith(".threadlings")).toList())
                .as("the default handout, and only the grader beside it").isEqualTo(Handouts.files(plain));
        assertThat(plain.resolve(".threadlings")).as("the default handout ships no grader").doesNotExist();

        String stubs = Handouts.grade(selfPaced, dir.resolve("grade-stubs.log"));

        assertThat(stubs).contains("TOTAL  0 / ").contains("not attempted");
        for (Manifest manifest : Manifest.allIn(Repo.ROOT)) {
            assertThat(stubs).containsPattern("== " + manifest.id() + ": 0 / [1-9][0-9.]* points");
        }
        // The stubs earn nothing, and every hidden test says "not attempted" with the stub's TODO
        JsonNode results = Json.mapper().readTree(selfPaced.resolve("target/threadlings/grade/results.json")
                .toFile());
        assertThat(results.get("max_score").asDouble()).isPositive();
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("tests")).isNotEmpty().allSatisfy(t -> {
            assertThat(t.get("status").asText()).isEqualTo("failed");
            assertThat(t.get("output").asText()).as(t.get("name").asText()).startsWith("Not attempted yet: TODO(");
        });
    }
}
