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
 */
public record Exercise(
        String id, int number, Path sourceDir, String hiddenPackage, String stubsArtifact, Duration timeLimit) {

    /** Validates the fields. */
    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceDir, "sourceDir");
        Objects.requireNonNull(hiddenPackage, "hiddenPackage");
        Objects.requireNonNull(stubsArtifact, "stubsArtifact");
        Objects.requireNonNull(timeLimit, "timeLimit");
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
        return new Exercise(id, number, sourceDir, hiddenPackage, stubsArtifact, limit);
    }
}
