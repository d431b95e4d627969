package dev.threadlings.grader.exercise;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The exercises the grader knows, in the order they are graded. */
public final class ExerciseRegistry {

    /** The time limit of an exercise's hidden tests unless the command line sets another. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(180);

    /**
     * The time limit of one hidden test unless the command line sets another: the slowest test of the
     * solutions takes about 10 s on two cores, and a Gradescope container may have half a core.
     */
    public static final Duration DEFAULT_TEST_TIMEOUT = Duration.ofSeconds(60);

    private static final List<Exercise> ALL = List.of(
            exercise("01-downloads", 1, "dev.threadlings.hidden.downloads"),
            exercise("02-sum-of-squares", 2, "dev.threadlings.hidden.sumsquares"),
            exercise("03-fibonacci", 3, "dev.threadlings.hidden.fibonacci"));

    private ExerciseRegistry() {
    }

    private static Exercise exercise(String id, int number, String hiddenPackage) {
        return new Exercise(id, number, Path.of("exercises", id, "src", "main", "java"), hiddenPackage,
                "threadlings-exercise-" + id, DEFAULT_TIME_LIMIT, DEFAULT_TEST_TIMEOUT);
    }

    /**
     * Every known exercise.
     *
     * @return the exercises in grading order
     */
    public static List<Exercise> all() {
        return ALL;
    }

    /**
     * Finds an exercise by its id.
     *
     * @param id an id such as {@code 01-downloads}
     * @return the exercise, if known
     */
    public static Optional<Exercise> byId(String id) {
        return ALL.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * The known ids, for error messages.
     *
     * @return the ids joined by commas
     */
    public static String knownIds() {
        return ALL.stream().map(Exercise::id).collect(Collectors.joining(", "));
    }
}
