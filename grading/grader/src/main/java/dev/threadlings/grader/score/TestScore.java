package dev.threadlings.grader.score;

import dev.threadlings.grader.plan.PlannedTest;
import dev.threadlings.grader.plan.Status;
import dev.threadlings.kit.measure.Measurement;
import java.util.List;
import java.util.Objects;

/**
 * The score of one graded test.
 *
 * @param test the test as planned
 * @param number its number, for example {@code "1.7"}: exercise 1, test 7
 * @param score the points earned
 * @param status how it ended
 * @param output what the learner reads: the teaching message of a failure, the TODO, the reason
 * @param millis how long it ran, or {@code 0} when it did not
 * @param measurements what the test measured (times, speedups, timelines), for the reports
 */
public record TestScore(PlannedTest test, String number, double score, Status status, String output, long millis,
        List<Measurement> measurements) {

    /** Validates the fields. */
    public TestScore {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(status, "status");
        output = output == null ? "" : output;
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
    }

    /**
     * A score without measurements.
     *
     * @param test the test as planned
     * @param number its number
     * @param score the points earned
     * @param status how it ended
     * @param output what the learner reads
     * @param millis how long it ran
     */
    public TestScore(PlannedTest test, String number, double score, Status status, String output, long millis) {
        this(test, number, score, status, output, millis, List.of());
    }

    /**
     * The same score with measurements.
     *
     * @param taken what the test measured
     * @return the score carrying them
     */
    public TestScore withMeasurements(List<Measurement> taken) {
        return new TestScore(test, number, score, status, output, millis, taken);
    }

    /**
     * The points a fully passing test earns.
     *
     * @return the test's points
     */
    public double maxScore() {
        return test.points();
    }

    /**
     * Whether the test earned all its points.
     *
     * @return {@code true} when nothing was lost
     */
    public boolean full() {
        return score >= maxScore();
    }
}
