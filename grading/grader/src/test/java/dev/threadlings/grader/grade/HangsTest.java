package dev.threadlings.grader.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.grader.plan.GradedTest;
import dev.threadlings.grader.plan.PlannedTest;
import dev.threadlings.grader.plan.Status;
import dev.threadlings.grader.testjvm.RunLog;
import dev.threadlings.grader.testjvm.TestJvmEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HangsTest {

    private static final String DUMP = """
            What the threads running the tests' and your code were doing (an endless loop?):
            "junit-timeout-thread-5" RUNNABLE
                at dev.threadlings.sumsquares.ThreadedSumOfSquares.lambda$sumAll$0(ThreadedSumOfSquares.java:40)
                at dev.threadlings.hidden.sumsquares.ParallelismTest.run(ParallelismTest.java:33)
                ...""";

    private static PlannedTest test(String id, String task) {
        return new PlannedTest(id, "Test › " + id, "p.Test", id, 2, List.of("correctness", task), "correctness");
    }

    private static final List<GradedTest> PLAN = GradedTest.number(2, List.of(test("spreads", "task:2"),
            test("exact", "task:2"), test("sequential", "task:1"), test("empty", "task:2")));

    private static TestJvmEvent timedOut(String id) {
        return new TestJvmEvent.Finished(id, Status.TIMED_OUT, "Timed out after 60 s: stopped.\n" + DUMP,
                1, 0, 0, 60_000);
    }

    @Test
    void after_a_hang_the_other_tests_of_that_task_are_not_run_and_say_where_it_hung() {
        Hangs hangs = new Hangs(Set.of("dev.threadlings.sumsquares.ThreadedSumOfSquares",
                "dev.threadlings.sumsquares.ThreadedSumOfSquares$1"));

        Duration hung = hangs.note(RunLog.of(List.of(new TestJvmEvent.Started("spreads"), timedOut("spreads"))),
                PLAN);

        assertThat(hung).isEqualTo(Duration.ofSeconds(60));
        assertThat(hangs.skip(PLAN.get(2).test())).as("another task runs as usual").isEmpty();
        assertThat(hangs.skip(PLAN.get(1).test())).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("Not run: ThreadedSumOfSquares (task 2) hung in an earlier test, 'Test › spreads', which"
                        + " was stopped after 60 s")
                .contains("at dev.threadlings.sumsquares.ThreadedSumOfSquares.lambda$sumAll$0"));
        hangs.skip(PLAN.get(3).test());
        assertThat(hangs.problems()).containsExactly("ThreadedSumOfSquares (task 2) hung in 'Test › spreads' and was"
                + " stopped after 60 s; its 2 other tests were not run. The other strategies were graded as usual.");
    }

    @Test
    void a_hang_without_a_learner_frame_names_the_task_and_tests_that_passed_change_nothing() {
        Hangs hangs = new Hangs(Set.of());

        Duration hung = hangs.note(RunLog.of(List.of(new TestJvmEvent.Finished("sequential", Status.PASSED, null, 1,
                1, 0, 30), timedOut("exact"))), PLAN);

        assertThat(hung).isEqualTo(Duration.ofSeconds(60));
        assertThat(hangs.skip(PLAN.get(3).test())).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("Not run: task 2 hung in an earlier test, 'Test › exact'"));
    }

    @Test
    void class_names_are_read_from_a_folder_of_classes(@TempDir Path classes) throws Exception {
        Files.createDirectories(classes.resolve("dev/threadlings/x"));
        Files.writeString(classes.resolve("dev/threadlings/x/A.class"), "");
        Files.writeString(classes.resolve("dev/threadlings/x/A$1.class"), "");

        assertThat(Hangs.classNames(classes)).containsExactlyInAnyOrder("dev.threadlings.x.A", "dev.threadlings.x.A$1");
    }
}
