package dev.threadlings.grader.grade;

import dev.threadlings.grader.exercise.Exercise;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to grade and where to put the results.
 *
 * @param submission the submission folder: a copy of the kit with the learner's sources
 * @param exercises the exercises to grade, with their time limits
 * @param outDir where {@code results.json}, {@code summary.txt} and the logs go
 * @param workDir a scratch folder, or {@code null} for a temporary one
 * @param only parts of test names: when not empty, only the tests whose name holds one are graded
 * @param keepWork whether to keep the scratch folder afterwards
 */
public record GradeRequest(
        Path submission, List<Exercise> exercises, Path outDir, Path workDir, List<String> only, boolean keepWork) {

    /** Validates the fields and copies the lists. */
    public GradeRequest {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(outDir, "outDir");
        exercises = List.copyOf(exercises);
        only = only == null ? List.of() : List.copyOf(only);
    }
}
