package dev.threadlings.grader.score;

import dev.threadlings.grader.exercise.Exercise;
import java.time.Duration;
import java.util.List;

/**
 * How one exercise was graded.
 *
 * @param exercise the exercise
 * @param tests the score of each planned test, in plan order
 * @param problem why the exercise could not be run (missing folder, compile errors, grader failure),
 *     or {@code null}
 * @param compiled whether the learner's sources compiled
 * @param timedOut whether the tests ran out of time
 * @param exitCode the test JVM's exit code, or {@code null} when it did not run or was killed
 * @param compileTime how long compiling took
 * @param runTime how long the test JVM ran
 * @param notes remarks for the learner that cost nothing (classes taken from the stubs, processes left behind)
 */
public record ExerciseReport(
        Exercise exercise, List<TestScore> tests, String problem, boolean compiled, boolean timedOut,
        Integer exitCode, Duration compileTime, Duration runTime, List<String> notes) {

    /** Copies the lists. */
    public ExerciseReport {
        tests = List.copyOf(tests);
        notes = notes == null ? List.of() : List.copyOf(notes);
        compileTime = compileTime == null ? Duration.ZERO : compileTime;
        runTime = runTime == null ? Duration.ZERO : runTime;
    }

    /**
     * The points earned.
     *
     * @return the sum of the tests' scores
     */
    public double score() {
        return Points.sum(tests.stream().mapToDouble(TestScore::score));
    }

    /**
     * The points a perfect submission earns.
     *
     * @return the sum of the tests' points
     */
    public double maxScore() {
        return Points.sum(tests.stream().mapToDouble(TestScore::maxScore));
    }
}
