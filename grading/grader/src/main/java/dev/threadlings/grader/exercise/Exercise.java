package dev.threadlings.grader.exercise;

import dev.threadlings.kit.manifest.Manifest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * One gradable exercise: its manifest (where the learner's sources are, which hidden tests grade them) and
 * how long its tests may run.
 *
 * @param manifest the exercise's manifest
 * @param timeLimit how long the exercise's hidden tests may run in all
 * @param testTimeout how long one test may run (at most {@code timeLimit} counts)
 */
public record Exercise(Manifest manifest, Duration timeLimit, Duration testTimeout) {

    /** Validates the fields. */
    public Exercise {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(testTimeout, "testTimeout");
    }

    /**
     * The exercise's folder name.
     *
     * @return for example {@code 01-downloads}
     */
    public String id() {
        return manifest.id();
    }

    /**
     * The exercise's number, the first part of each test's number.
     *
     * @return {@code 1} for {@code 01-downloads}
     */
    public int number() {
        return manifest.number();
    }

    /**
     * The learner's sources, relative to the submission folder.
     *
     * @return {@code exercises/<id>/src/main/java}
     */
    public Path sourceDir() {
        return manifest.sourceDir();
    }

    /**
     * The package of the hidden tests (subpackages included).
     *
     * @return the package
     */
    public String hiddenPackage() {
        return manifest.hiddenPackage();
    }

    /**
     * The artifact id of the exercise's stubs jar in the grader's {@code stubs} folder.
     *
     * @return the artifact id
     */
    public String stubsArtifact() {
        return manifest.stubsArtifact();
    }

    /**
     * The same exercise with another time limit.
     *
     * @param limit the new limit
     * @return a copy with {@code limit}
     */
    public Exercise withTimeLimit(Duration limit) {
        return new Exercise(manifest, limit, testTimeout);
    }

    /**
     * The same exercise with another limit per test.
     *
     * @param timeout the new limit of one test
     * @return a copy with {@code timeout}
     */
    public Exercise withTestTimeout(Duration timeout) {
        return new Exercise(manifest, timeLimit, timeout);
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
