package dev.threadlings.grader.report;

import static dev.threadlings.grader.score.Fixtures.EXERCISE;
import static dev.threadlings.grader.score.Fixtures.test;

import dev.threadlings.grader.plan.Status;
import dev.threadlings.grader.score.ExerciseReport;
import dev.threadlings.grader.score.GradingReport;
import dev.threadlings.grader.score.Machine;
import dev.threadlings.grader.score.TestScore;
import dev.threadlings.kit.measure.Measurement;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A grading report with one test of each kind. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    /** A passing CPU-bound measurement: two threads, one kernel call each, beside the reference. */
    static final Measurement PARALLEL = new Measurement("ThreadedSumOfSquares(2)", 150, null, 279.0, 150.0, 1.86,
            1.86, 1.3, 1.9, "pass", Measurement.THREADS, List.of(
                    new Measurement.Span("worker-<1>", 1, 140, "sumOfSquares(5000000)"),
                    new Measurement.Span("worker-2", 2, 148, "sumOfSquares(5000001)")), 0);

    /** A failing I/O-bound measurement: five requests one after another, where five at once were expected. */
    static final Measurement REQUESTS = new Measurement("ThreadedDownloader(5)", 520, 400.0, 500.0, null, 0.96,
            null, null, null, null, Measurement.REQUESTS, List.of(
                    new Measurement.Span("/a", 0, 100, "/a"), new Measurement.Span("/b", 104, 204, "/b"),
                    new Measurement.Span("/c", 208, 308, "/c"), new Measurement.Span("/d", 312, 412, "/d"),
                    new Measurement.Span("/e", 416, 516, "/e")), 3);

    static GradingReport report() {
        List<TestScore> tests = List.of(
                new TestScore(test("keeps_order", 2), "1.1", 2, Status.PASSED, "", 40, List.of(PARALLEL)),
                new TestScore(test("keeps_k_in_flight", 3), "1.2", 0, Status.FAILED,
                        "ThreadedDownloader kept 1 request in flight (expected 5):\n"
                                + "are you calling get() too early? ]]> \u0007", 900, List.of(REQUESTS)),
                new TestScore(test("handles_failures", 1.5), "1.3", 0, Status.NOT_ATTEMPTED,
                        "Not attempted yet: TODO(downloads/threaded): do it", 3),
                new TestScore(test("per_case", 3), "1.4", 1, Status.PARTIAL, "1 of 3 cases passed.", 30));
        ExerciseReport exercise = new ExerciseReport(EXERCISE, tests, null, true, false, 0,
                Duration.ofMillis(800), Duration.ofMillis(5200), List.of("a note"));
        return new GradingReport(Path.of("/tmp/submission"), List.of(exercise), null, List.of("a warning"),
                Instant.parse("2025-01-01T10:00:00Z"), Duration.ofSeconds(9),
                new Machine("21.0.5", 2, null, 0.4, 0.9, "Linux amd64", null));
    }
}
