package dev.threadlings.grader.report;

import static dev.threadlings.grader.score.Fixtures.EXERCISE;
import static dev.threadlings.grader.score.Fixtures.test;

import dev.threadlings.grader.score.ExerciseReport;
import dev.threadlings.grader.score.GradingReport;
import dev.threadlings.grader.score.Status;
import dev.threadlings.grader.score.TestScore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A grading report with one test of each kind. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    static GradingReport report() {
        List<TestScore> tests = List.of(
                new TestScore(test("keeps_order", 2), "1.1", 2, Status.PASSED, "", 40),
                new TestScore(test("keeps_k_in_flight", 3), "1.2", 0, Status.FAILED,
                        "ThreadedDownloader kept 1 request in flight (expected 5):\n"
                                + "are you calling get() too early?", 900),
                new TestScore(test("handles_failures", 1.5), "1.3", 0, Status.NOT_ATTEMPTED,
                        "Not attempted yet: TODO(downloads/threaded): do it", 3),
                new TestScore(test("per_case", 3), "1.4", 1, Status.PARTIAL, "1 of 3 cases passed.", 30));
        ExerciseReport exercise = new ExerciseReport(EXERCISE, tests, null, true, false, 0,
                Duration.ofMillis(800), Duration.ofMillis(5200), List.of("a note"));
        return new GradingReport(Path.of("/tmp/submission"), List.of(exercise), null, List.of("a warning"),
                Instant.parse("2025-01-01T10:00:00Z"), Duration.ofSeconds(9), "21.0.5", 2);
    }
}
