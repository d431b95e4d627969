package dev.threadlings.grader.score;

import dev.threadlings.grader.exercise.Exercise;
import dev.threadlings.grader.exercise.ExerciseRegistry;
import dev.threadlings.grader.plan.PlannedTest;
import dev.threadlings.grader.plan.Status;
import dev.threadlings.grader.testjvm.TestJvmEvent;
import dev.threadlings.kit.manifest.Manifest;
import java.time.Duration;
import java.util.List;

/** Plans, events and outcomes for the scoring and report tests. */
public final class Fixtures {

    /** Exercise 01 with a 30 s limit. */
    public static final Exercise EXERCISE = new Exercise(new Manifest("01-downloads", "Downloads", "I/O-bound work",
            "dev.threadlings.downloads", List.of("SiteDownloader"),
            List.of(new Manifest.Task(1, "the baseline", List.of(new Manifest.TaskClass("SequentialDownloader",
                    List.of("()")))), new Manifest.Task(2, "a pool", List.of(new Manifest.TaskClass(
                            "ThreadedDownloader", List.of("(int)")))))),
            Duration.ofSeconds(30), ExerciseRegistry.DEFAULT_TEST_TIMEOUT);

    private Fixtures() {
    }

    /** A planned test. */
    public static PlannedTest test(String id, double points) {
        return new PlannedTest(id, "Correctness › Threaded › " + id.replace('_', ' '), "p.CorrectnessTest$Threaded",
                id, points, List.of("correctness", "task:2"), "correctness");
    }

    /** The finished event of a test. */
    public static TestJvmEvent.Finished finished(String id, Status status, String message, int run, int passed,
            int aborted) {
        return new TestJvmEvent.Finished(id, status, message, run, passed, aborted, 12);
    }
}
