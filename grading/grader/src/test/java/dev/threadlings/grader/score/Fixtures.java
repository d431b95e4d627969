package dev.threadlings.grader.score;

import dev.threadlings.grader.exercise.Exercise;
import dev.threadlings.grader.exercise.ExerciseRegistry;
import dev.threadlings.grader.fork.ForkEvent;
import dev.threadlings.grader.fork.Verdict;
import dev.threadlings.grader.plan.PlannedTest;
import java.time.Duration;
import java.util.List;

/** Plans, events and outcomes for the scoring and report tests. */
public final class Fixtures {

    /** Exercise 01 with a 30 s limit. */
    public static final Exercise EXERCISE = ExerciseRegistry.byId("01-downloads").orElseThrow()
            .withTimeLimit(Duration.ofSeconds(30));

    private Fixtures() {
    }

    /** A planned test. */
    public static PlannedTest test(String id, double points) {
        return new PlannedTest(id, "Correctness › Threaded › " + id.replace('_', ' '), "p.CorrectnessTest$Threaded",
                id, points, List.of("correctness", "task:2"), "correctness");
    }

    /** The finished event of a test. */
    public static ForkEvent finished(String id, Verdict verdict, String message, int run, int passed, int aborted) {
        return new ForkEvent(ForkEvent.FINISHED, id, verdict, message, run, passed, aborted, 12);
    }
}
