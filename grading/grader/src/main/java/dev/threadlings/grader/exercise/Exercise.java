package dev.threadlings.grader.exercise;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * One gradable exercise: where the learner's sources are and which hidden tests grade them.
 *
 * @param id the exercise's folder name, for example {@code 01-downloads}
 * @param number the exercise's number, the first part of each test's number ({@code 1} in {@code 1.7})
 * @param sourceDir the learner's sources, relative to the submission folder
 * @param hiddenPackage the package of the hidden tests (subpackages included)
 * @param stubsArtifact the artifact id of the exercise's stubs jar in the grader's {@code stubs} folder
 * @param timeLimit how long the exercise's hidden tests may run in all
 * @param testTimeout how long one test may run (at most {@code timeLimit} counts)
 */
public record Exercise(
        String id, int number, Path sourceDir, String hiddenPackage, String stubsArtifact, Duration timeLimit,
        Duration testTimeout) {

    /** Validates the fields. */
    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceDir, "sourceDir");
        Objects.requireNonNull(hiddenPackage, "hiddenPackage");
        Objects.requireNonNull(stubsArtifact, "stubsArtifact");
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(testTimeout, "testTimeout");
        if (number < 1) {
            throw new IllegalArgumentException("number must be positive: " + number);
        }
    }

    /**
     * The same exercise with another time limit.
     *
     * @param limit the new limit
     * @return a copy with {@code limit}
     */
    public Exercise withTimeLimit(Duration limit) {
        return new Exercise(id, number, sourceDir, hiddenPackage, stubsArtifact, limit, testTimeout);
    }

    /**
     * The same exercise with another limit per test.
     *
     * @param timeout the new limit of one test
     * @return a copy with {@code timeout}
     */
    public Exercise withTestTimeout(Duration timeout) {
        return new Exercise(id, number, sourceDir, hiddenPackage, stubsArtifact, timeLimit, timeout);
    }

    /**
     * How long one test may really run: its own limit, or the exercise's when that is shorter.
     *
     * @return the shorter of {@code testTimeout} and {@code timeLimit}, in whole seconds, at least 1
     */
    public long testTimeoutSeconds() {
        return Math.max(1, Math.min(testTimeout.toSeconds(), timeLimit.toSeconds()));
    }
}
