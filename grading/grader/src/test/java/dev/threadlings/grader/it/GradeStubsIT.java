package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.grader.Repo;
import dev.threadlings.grader.it.GraderProcess.Grading;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own exercises are the stubs: they earn nothing, and every test says "not attempted". */
class GradeStubsIT {

    @Test
    void the_stubs_earn_nothing_and_every_test_is_not_attempted(@TempDir Path dir) throws Exception {
        Grading grading = GraderProcess.grade(Repo.ROOT, dir.resolve("out"));
        System.out.printf("graded the stubs in %.1f s%n", grading.elapsed().toMillis() / 1000.0);

        assertThat(grading.exitCode()).as(grading.stderr()).isZero();
        assertThat(grading.results().get("max_score").asDouble()).isPositive();
        assertThat(grading.results().get("score").asDouble()).isZero();
        assertThat(grading.tests()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.get("status").asText()).isEqualTo("failed");
            assertThat(t.get("output").asText()).as(t.get("name").asText()).startsWith("Not attempted yet: TODO(");
        });
        assertThat(grading.summary()).contains("not attempted").endsWith("points\n");
    }
}
