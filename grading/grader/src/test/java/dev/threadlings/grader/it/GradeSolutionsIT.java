package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threadlings.grader.it.GraderProcess.Grading;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference solutions earn full marks, graded by the packaged grader. */
class GradeSolutionsIT {

    @Test
    void the_solutions_earn_full_marks(@TempDir Path dir) throws Exception {
        Path submission = Submissions.fromSolutions(dir.resolve("submission"));
        Grading grading = GraderProcess.grade(submission, dir.resolve("out"));
        System.out.printf("graded the solutions in %.1f s%n", grading.elapsed().toMillis() / 1000.0);

        assertThat(grading.exitCode()).as(grading.stderr()).isZero();
        JsonNode results = grading.results();
        String lost = grading.tests().stream()
                .filter(t -> t.get("score").asDouble() < t.get("max_score").asDouble())
                .map(t -> t.get("number").asText() + " " + t.get("name").asText() + ": " + t.get("output").asText())
                .collect(Collectors.joining("\n"));
        assertThat(results.get("max_score").asDouble()).isPositive();
        assertThat(results.get("score").asDouble()).as("points lost by the solutions:%n%s", lost)
                .isEqualTo(results.get("max_score").asDouble());
        assertThat(grading.tests()).allSatisfy(t -> assertThat(t.get("status").asText()).isEqualTo("passed"));
        for (String exercise : new String[] {"01-downloads", "02-sum-of-squares", "03-fibonacci"}) {
            assertThat(grading.exercise(exercise).get("compiled").asBoolean()).as(exercise).isTrue();
            assertThat(grading.exercise(exercise).get("timed_out").asBoolean()).as(exercise).isFalse();
        }
        assertThat(grading.stdout()).as("the summary is printed").isEqualTo(grading.summary());
    }

    @Test
    void the_installation_holds_no_solution_and_keeps_the_stubs_off_the_class_path() throws Exception {
        Path home = GraderProcess.GRADER_DIR;
        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("solution"));
        }
        try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
            assertThat(lib.map(f -> f.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("threadlings-hidden-tests"))
                    .noneMatch(n -> n.startsWith("threadlings-exercise-"));
        }
        try (Stream<Path> stubs = Files.list(home.resolve("stubs"))) {
            assertThat(stubs.map(f -> f.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("threadlings-exercise-01-downloads"))
                    .anyMatch(n -> n.startsWith("threadlings-exercise-02-sum-of-squares"))
                    .anyMatch(n -> n.startsWith("threadlings-exercise-03-fibonacci"));
        }
        try (JarFile jar = new JarFile(home.resolve("threadlings-grader.jar").toFile())) {
            String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
            assertThat(classPath).contains("lib/threadlings-hidden-tests").doesNotContain("exercise")
                    .doesNotContain("solution");
        }
    }
}
