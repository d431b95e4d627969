package dev.threadlings.grader.score;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything one grading run found.
 *
 * @param submission the graded folder
 * @param exercises one report per graded exercise, in grading order
 * @param problem a failure of the grader itself (no test plan, say), or {@code null}
 * @param warnings problems with the hidden tests that did not stop grading
 * @param startedAt when grading began
 * @param elapsed how long grading took
 * @param machine the machine the tests ran on: cores, CPU quota, load
 */
public record GradingReport(
        Path submission, List<ExerciseReport> exercises, String problem, List<String> warnings, Instant startedAt,
        Duration elapsed, Machine machine) {

    /** Copies the lists. */
    public GradingReport {
        exercises = List.copyOf(exercises);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * The points earned in all exercises.
     *
     * @return the total score
     */
    public double score() {
        return Points.sum(exercises.stream().mapToDouble(ExerciseReport::score));
    }

    /**
     * The points a perfect submission earns.
     *
     * @return the total of every planned test's points
     */
    public double maxScore() {
        return Points.sum(exercises.stream().mapToDouble(ExerciseReport::maxScore));
    }
}
