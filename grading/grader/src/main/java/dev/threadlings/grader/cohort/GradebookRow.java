package dev.threadlings.grader.cohort;

import dev.threadlings.grader.score.ExerciseReport;
import dev.threadlings.grader.score.GradingReport;
import dev.threadlings.grader.score.Points;
import dev.threadlings.grader.score.TestScore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One learner's line of the gradebook, kept beside their results so that a later run can reuse it.
 *
 * @param learner the learner's name
 * @param fingerprint what the grading depended on ({@link Fingerprint})
 * @param score the points earned
 * @param maxScore the points possible
 * @param points the points per column: each exercise, then each exercise and category, for example
 *     {@code "02-sum-of-squares"} and {@code "02-sum-of-squares speedup"}
 * @param seconds how long grading took
 * @param problem why the submission could not be graded or a part failed, or {@code null}
 */
public record GradebookRow(String learner, String fingerprint, double score, double maxScore,
        Map<String, Double> points, double seconds, String problem) {

    /** Copies the map, keeping its order. */
    public GradebookRow {
        points = points == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(points));
    }

    /**
     * The row of a grading.
     *
     * @param learner the learner's name
     * @param fingerprint the submission's fingerprint
     * @param report the grading's report
     * @return the row
     */
    static GradebookRow of(String learner, String fingerprint, GradingReport report) {
        Map<String, Double> points = new LinkedHashMap<>();
        StringBuilder problems = new StringBuilder(report.problem() == null ? "" : report.problem());
        for (ExerciseReport exercise : report.exercises()) {
            String id = exercise.exercise().id();
            points.put(id, exercise.score());
            Map<String, Double> byCategory = new LinkedHashMap<>();
            for (TestScore test : exercise.tests()) {
                String category = test.test().category() == null ? "other" : test.test().category();
                byCategory.merge(category, test.score(), (a, b) -> Points.round(a + b));
            }
            byCategory.forEach((category, earned) -> points.put(id + " " + category, earned));
            if (exercise.problem() != null) {
                problems.append(problems.isEmpty() ? "" : "; ").append(id).append(": ")
                        .append(exercise.problem().lines().findFirst().orElse(""));
            }
        }
        return new GradebookRow(learner, fingerprint, report.score(), report.maxScore(), points,
                report.elapsed().toMillis() / 1000.0, problems.isEmpty() ? null : problems.toString());
    }

    /**
     * The row of a submission that could not be graded at all (a broken zip, a failing git).
     *
     * @param learner the learner's name
     * @param fingerprint the fingerprint, or {@code ""} when even that failed
     * @param problem what went wrong
     * @return the row, with no points
     */
    static GradebookRow failed(String learner, String fingerprint, String problem) {
        return new GradebookRow(learner, fingerprint, 0, 0, Map.of(), 0, problem);
    }
}
