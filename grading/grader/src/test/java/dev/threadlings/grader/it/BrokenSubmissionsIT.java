package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threadlings.grader.it.GraderProcess.Grading;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A submission that does not compile, lacks its exercise, or hangs costs that exercise, and grading still ends. */
class BrokenSubmissionsIT {

    @Test
    void an_unknown_exercise_is_a_usage_error_that_lists_the_installed_ones(@TempDir Path dir) throws Exception {
        Grading grading = GraderProcess.grade(Files.createDirectories(dir.resolve("submission")), dir.resolve("out"),
                "--exercise", "99-nope");

        assertThat(grading.exitCode()).isEqualTo(2);
        assertThat(grading.stderr()).contains("unknown exercise '99-nope'; known: "
                + String.join(", ", Submissions.exerciseIds()));
    }

    @Test
    void a_syntax_error_costs_the_exercise_and_quotes_the_compiler(@TempDir Path dir) throws Exception {
        Path submission = Submissions.fromSolutions(dir.resolve("submission"));
        Submissions.write(submission, Submissions.DOWNLOADS, "SequentialDownloader.java", """
                package dev.threadlings.downloads;

                import java.net.URI;
                import java.util.List;

                public class SequentialDownloader implements SiteDownloader {
                    @Override
                    public List<Download> downloadAll(List<URI> sites) {
                        return List.of()
                    }
                }
                """);
        Grading grading = GraderProcess.grade(submission, dir.resolve("out"), "--exercise", Submissions.DOWNLOADS);

        assertThat(grading.exitCode()).as(grading.stderr()).isZero();
        assertThat(grading.results().get("score").asDouble()).isZero();
        assertThat(grading.results().get("max_score").asDouble()).isPositive();
        assertThat(grading.exercise("01-downloads").get("compiled").asBoolean()).isFalse();
        assertThat(grading.tests()).allSatisfy(t -> assertThat(t.get("output").asText())
                .contains("did not compile")
                .contains("dev/threadlings/downloads/SequentialDownloader.java:9: error: ';' expected"));
        assertThat(grading.summary()).contains("did not compile").contains("';' expected");
    }

    @Test
    void a_missing_exercise_folder_is_named_and_the_results_are_still_written(@TempDir Path dir) throws Exception {
        Path submission = Files.createDirectories(dir.resolve("empty-submission"));
        Grading grading = GraderProcess.grade(submission, dir.resolve("out"));

        assertThat(grading.exitCode()).as(grading.stderr()).isZero();
        assertThat(grading.results().get("score").asDouble()).isZero();
        assertThat(grading.results().get("max_score").asDouble()).isPositive();
        assertThat(grading.exercise("01-downloads").get("problem").asText())
                .contains("exercises/01-downloads/src/main/java").contains("missing");
        assertThat(grading.tests()).allSatisfy(t -> assertThat(t.get("output").asText()).contains("missing"));
        assertThat(grading.summary()).contains("exercises/01-downloads/src/main/java");
    }

    @Test
    void an_endless_loop_is_cut_at_the_time_limit_and_leaves_no_process_behind(@TempDir Path dir) throws Exception {
        int marker = 40_000 + ThreadLocalRandom.current().nextInt(20_000);
        Path submission = Submissions.fromSolutions(dir.resolve("submission"));
        Submissions.write(submission, Submissions.DOWNLOADS, "SequentialDownloader.java", """
                package dev.threadlings.downloads;

                import java.io.IOException;
                import java.io.UncheckedIOException;
                import java.net.URI;
                import java.util.List;

                public class SequentialDownloader implements SiteDownloader {
                    @Override
                    public List<Download> downloadAll(List<URI> sites) {
                        try {
                            new ProcessBuilder("sleep", "%d").start();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        long spins = 0;
                        while (true) {
                            spins++;
                        }
                    }
                }
                """.formatted(marker));
        Path work = dir.resolve("work");
        int limit = 12;
        Grading grading = GraderProcess.grade(submission, dir.resolve("out"), "--timeout", Integer.toString(limit),
                "--work", work.toString(), "--exercise", Submissions.DOWNLOADS);
        System.out.printf("graded the endless loop in %.1f s%n", grading.elapsed().toMillis() / 1000.0);

        assertThat(grading.exitCode()).as(grading.stderr()).isZero();
        assertThat(grading.elapsed()).isLessThan(Duration.ofSeconds(limit + 60));
        JsonNode exercise = grading.exercise("01-downloads");
        assertThat(exercise.get("timed_out").asBoolean()).isTrue();
        assertThat(grading.tests()).anySatisfy(t -> assertThat(t.get("output").asText())
                .startsWith("Timed out after " + limit + " s").contains("SequentialDownloader.downloadAll"));
        assertThat(grading.results().get("score").asDouble())
                .isLessThan(grading.results().get("max_score").asDouble());
        assertThat(grading.summary()).contains("timed out");
        Thread.sleep(500);
        assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse("")))
                .as("processes left behind")
                .noneMatch(c -> c.contains("sleep " + marker))
                .noneMatch(c -> c.contains(work.toString()));
    }
}
