package dev.threadlings.kit.learner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.kit.manifest.Manifest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TaskReportTest {

    static final Manifest MANIFEST = new Manifest("09-example", "Example", "an example", "dev.example",
            List.of("Thing"), List.of(
                    new Manifest.Task(1, "The baseline", List.of(new Manifest.TaskClass("SequentialThing",
                            List.of("()")))),
                    new Manifest.Task(2, "A pool of threads", List.of(new Manifest.TaskClass("ThreadedThing",
                            List.of("(int)")))),
                    new Manifest.Task(3, "Processes", List.of(new Manifest.TaskClass("MultiprocessThing",
                            List.of("(int)")), new Manifest.TaskClass("ThingWorker", List.of())))));

    static TaskReport.Tally tally(int passed, int notAttempted, int failed, String firstFailure) {
        TaskReport.Tally tally = new TaskReport.Tally();
        tally.passed = passed;
        tally.notAttempted = notAttempted;
        tally.failed = failed;
        tally.firstFailure = firstFailure;
        return tally;
    }

    @Test
    void says_for_each_task_done_failing_with_its_first_message_or_not_attempted_and_the_next_step() {
        Map<Integer, TaskReport.Tally> tallies = new TreeMap<>(Map.of(
                1, tally(4, 0, 0, null),
                2, tally(2, 0, 2, "ThreadedThing(3): 1 request in flight at most, expected 3  [ThreadedThing(3)]"),
                3, tally(0, 3, 0, null)));

        List<String> summary = TaskReport.summary(MANIFEST, tallies, "");

        assertThat(summary).containsExactly(
                "09-example, Example: 1 of 3 tasks done",
                "  task 1  SequentialThing    done (4 checks)",
                "  task 2  ThreadedThing      failing (2 checks): ThreadedThing(3): 1 request in flight at most,"
                        + " expected 3  [ThreadedThing(3)]",
                "  task 3  MultiprocessThing  not attempted");
        assertThat(TaskReport.next(MANIFEST, tallies)).isEqualTo("Next: 09-example, task 2 (ThreadedThing): A pool"
                + " of threads.\n      Read exercises/09-example/README.md, \"Task 2\"; run its checks alone:"
                + " ./mvnw test -pl exercises/09-example -am -Dtask=2");
    }

    @Test
    void a_task_with_some_checks_left_on_a_todo_is_started_and_one_not_run_says_why() {
        Map<Integer, TaskReport.Tally> tallies = new TreeMap<>(Map.of(3, tally(2, 1, 0, null)));

        assertThat(TaskReport.summary(MANIFEST, tallies, "3")).containsExactly(
                "09-example, Example: 0 of 3 tasks done",
                "  task 1  SequentialThing    not run (-Dtask=3)",
                "  task 2  ThreadedThing      not run (-Dtask=3)",
                "  task 3  MultiprocessThing  started: 2 of 3 checks pass, the others meet a TODO");
        assertThat(TaskReport.next(MANIFEST, tallies)).as("the first task not done, run or not")
                .startsWith("Next: 09-example, task 1 (SequentialThing)");
    }

    @Test
    void no_next_step_when_every_task_that_ran_is_done() {
        Map<Integer, TaskReport.Tally> tallies = new TreeMap<>(Map.of(1, tally(1, 0, 0, null), 2, tally(3, 0, 0,
                null), 3, tally(2, 0, 0, null)));

        assertThat(TaskReport.summary(MANIFEST, tallies, "").getFirst()).endsWith("3 of 3 tasks done");
        assertThat(TaskReport.next(MANIFEST, tallies)).isEmpty();
    }

    @Test
    void finds_a_test_s_tasks_in_its_tags_or_else_in_the_name_of_its_run() {
        assertThat(ExerciseModule.tasksOf(Set.of("correctness", "task:2"), "whatever (task 5)")).containsExactly(2);
        assertThat(ExerciseModule.tasksOf(Set.of("correctness"), "ThreadedThing(3) (task 2)")).containsExactly(2);
        assertThat(ExerciseModule.tasksOf(Set.of(), "GilFibonacci with your lock (tasks 3, 4)"))
                .containsExactly(3, 4);
        assertThat(ExerciseModule.tasksOf(Set.of("speedup"), "prints the timing table")).isEmpty();
    }

    @Test
    void a_task_is_chosen_by_number_or_by_any_of_its_classes() {
        assertThat(TaskChoice.chosen(MANIFEST, "2")).containsExactly(2);
        assertThat(TaskChoice.chosen(MANIFEST, "threadedthing, 1")).containsExactly(1, 2);
        assertThat(TaskChoice.chosen(MANIFEST, "ThingWorker")).containsExactly(3);
        assertThat(TaskChoice.chosen(MANIFEST, "NoSuchThing")).isEmpty();
    }
}
