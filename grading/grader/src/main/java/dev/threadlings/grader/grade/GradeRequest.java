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
 * @param categories test categories ({@code correctness}, {@code speedup}...): when not empty, only the tests of
 *     these categories are graded
 * @param tasks README task numbers: when not empty, only the tests of these tasks ({@code task:N}) are graded
 */
public record GradeRequest(
        Path submission, List<Exercise> exercises, Path outDir, Path workDir, List<String> only, boolean keepWork,
        List<String> categories, List<Integer> tasks) {

    /** Validates the fields and copies the lists. */
    public GradeRequest {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(outDir, "outDir");
        exercises = List.copyOf(exercises);
        only = only == null ? List.of() : List.copyOf(only);
        categories = categories == null ? List.of() : List.copyOf(categories);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /**
     * A request for every category.
     *
     * @param submission the submission folder
     * @param exercises the exercises to grade
     * @param outDir where the results go
     * @param workDir a scratch folder, or {@code null}
     * @param only parts of test names to grade, or none for all
     * @param keepWork whether to keep the scratch folder
     */
    public GradeRequest(Path submission, List<Exercise> exercises, Path outDir, Path workDir, List<String> only,
            boolean keepWork) {
        this(submission, exercises, outDir, workDir, only, keepWork, List.of(), List.of());
    }

    /**
     * The same request for another submission, written to another folder.
     *
     * @param otherSubmission the submission folder
     * @param otherOutDir where its results go
     * @return the request
     */
    public GradeRequest forSubmission(Path otherSubmission, Path otherOutDir) {
        return new GradeRequest(otherSubmission, exercises, otherOutDir, null, only, keepWork, categories, tasks);
    }
}
