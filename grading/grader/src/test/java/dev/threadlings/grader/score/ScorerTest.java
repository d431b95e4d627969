package dev.threadlings.grader.score;

import static dev.threadlings.grader.score.Fixtures.EXERCISE;
import static dev.threadlings.grader.score.Fixtures.finished;
import static dev.threadlings.grader.score.Fixtures.test;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.grader.plan.GradedTest;
import dev.threadlings.grader.plan.PlannedTest;
import dev.threadlings.grader.plan.Status;
import dev.threadlings.grader.process.TestJvmOutcome;
import dev.threadlings.grader.testjvm.RunLog;
import dev.threadlings.grader.testjvm.TestJvmEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

    static final List<GradedTest> PLAN = plan(test("a", 2), test("b", 3), test("c", 1), test("d", 4));
    static final TestJvmOutcome NORMAL = new TestJvmOutcome(0, false, Duration.ofSeconds(3), null, 0);

    @Test
    void a_passed_test_earns_its_points_and_a_failed_one_nothing() {
        List<TestScore> scores = Scorer.score(EXERCISE, PLAN, log(
                finished("a", Status.PASSED, null, 1, 1, 0),
                finished("b", Status.FAILED, "kept 1 request in flight (expected 5)", 1, 0, 0),
                finished("c", Status.PASSED, null, 1, 1, 0),
                finished("d", Status.PASSED, null, 1, 1, 0),
                new TestJvmEvent.Done()), NORMAL);
        assertThat(scores).extracting(TestScore::score).containsExactly(2.0, 0.0, 1.0, 4.0);
        assertThat(scores).extracting(TestScore::status)
                .containsExactly(Status.PASSED, Status.FAILED, Status.PASSED, Status.PASSED);
        assertThat(scores.get(1).output()).isEqualTo("kept 1 request in flight (expected 5)");
        assertThat(scores).extracting(TestScore::number).containsExactly("1.1", "1.2", "1.3", "1.4");
    }

    @Test
    void a_parameterized_test_earns_points_in_proportion_to_its_passed_cases() {
        List<TestScore> scores = Scorer.score(EXERCISE, plan(test("a", 3), test("b", 2)), log(
                finished("a", Status.FAILED, "1 of 3 cases passed.", 3, 1, 0),
                finished("b", Status.FAILED, "1 of 2 cases passed.", 3, 1, 1),
                new TestJvmEvent.Done()), NORMAL);
        assertThat(scores.get(0).score()).isEqualTo(1.0);
        assertThat(scores.get(0).status()).isEqualTo(Status.PARTIAL);
        assertThat(scores.get(1).score()).as("an aborted case counts as not passed").isEqualTo(0.67);
    }

    @Test
    void a_stub_is_not_attempted_and_says_its_todo() {
        TestScore score = Scorer.score(EXERCISE, plan(test("a", 2)), log(
                finished("a", Status.NOT_ATTEMPTED, "TODO(downloads/threaded): do it", 1, 0, 0),
                new TestJvmEvent.Done()), NORMAL).get(0);
        assertThat(score.score()).isZero();
        assertThat(score.status()).isEqualTo(Status.NOT_ATTEMPTED);
        assertThat(score.output()).isEqualTo("Not attempted yet: TODO(downloads/threaded): do it");
    }

    @Test
    void an_aborted_or_skipped_test_earns_nothing_since_learner_code_can_abort_too() {
        List<TestScore> scores = Scorer.score(EXERCISE, plan(test("a", 2), test("b", 1)), log(
                finished("a", Status.ABORTED, "one core", 1, 0, 1),
                finished("b", Status.ABORTED, "disabled on this OS", 0, 0, 0),
                new TestJvmEvent.Done()), NORMAL);
        assertThat(scores).extracting(TestScore::score).containsExactly(0.0, 0.0);
        assertThat(scores).extracting(TestScore::status).containsOnly(Status.ABORTED);
        assertThat(scores.get(0).output()).contains("one core");
    }

    @Test
    void at_the_time_limit_the_running_test_timed_out_and_the_rest_did_not_run() {
        TestJvmOutcome timedOut = new TestJvmOutcome(137, true, Duration.ofSeconds(30),
                "\"main\" RUNNABLE\n  at Foo.spin", 0);
        List<TestScore> scores = Scorer.score(EXERCISE, PLAN, log(
                new TestJvmEvent.Started("a"), finished("a", Status.PASSED, null, 1, 1, 0),
                new TestJvmEvent.Started("b")), timedOut);
        assertThat(scores).extracting(TestScore::status)
                .containsExactly(Status.PASSED, Status.TIMED_OUT, Status.NOT_RUN, Status.NOT_RUN);
        assertThat(scores.get(0).score()).isEqualTo(2.0);
        assertThat(scores.get(1).output()).startsWith("Timed out after 30 s").contains("at Foo.spin");
        assertThat(scores.get(2).output()).isEqualTo("Not run: the exercise ran out of time (30 s) before this test."
                + " The time went to the test still running then and to 'Correctness › Threaded › a' (0 s).");
    }

    @Test
    void a_test_the_grader_chose_not_to_run_says_why_and_earns_nothing() {
        RunLog log = log(new TestJvmEvent.Started("a"), finished("a", Status.PASSED, null, 1, 1, 0),
                new TestJvmEvent.Done());
        log.notRun("b", "Not run: task 2 hung in an earlier test");
        List<TestScore> scores = Scorer.score(EXERCISE, plan(test("a", 2), test("b", 1)), log, NORMAL);
        assertThat(scores).extracting(TestScore::status).containsExactly(Status.PASSED, Status.NOT_RUN);
        assertThat(scores.get(1).score()).isZero();
        assertThat(scores.get(1).output()).isEqualTo("Not run: task 2 hung in an earlier test");
    }

    @Test
    void a_jvm_that_exits_early_fails_the_running_test_and_skips_the_rest() {
        TestJvmOutcome exited = new TestJvmOutcome(3, false, Duration.ofSeconds(2), null, 0);
        List<TestScore> scores = Scorer.score(EXERCISE, PLAN, log(
                new TestJvmEvent.Started("a"), finished("a", Status.PASSED, null, 1, 1, 0),
                new TestJvmEvent.Started("b")), exited);
        assertThat(scores).extracting(TestScore::status)
                .containsExactly(Status.PASSED, Status.FAILED, Status.NOT_RUN, Status.NOT_RUN);
        assertThat(scores.get(1).output()).contains("exited with code 3 while this test ran");
        assertThat(scores.get(3).output()).isEqualTo("Not run: the test JVM exited with code 3 before this test.");
    }

    @Test
    void a_test_that_ran_when_its_jvm_ended_fails_with_why_and_a_later_report_of_it_wins() {
        RunLog log = log(new TestJvmEvent.Started("a"));
        log.failedWhileRunning("a", "The test JVM ended while this test ran: System.exit was called");
        RunLog reported = log(new TestJvmEvent.Started("b"), finished("b", Status.PASSED, null, 1, 1, 0));
        reported.failedWhileRunning("b", "not this");

        List<TestScore> scores = Scorer.score(EXERCISE, plan(test("a", 2), test("b", 1)), merged(log, reported), NORMAL);

        assertThat(scores).extracting(TestScore::status).containsExactly(Status.FAILED, Status.PASSED);
        assertThat(scores.get(0).output()).isEqualTo("The test JVM ended while this test ran: System.exit was called");
    }

    @Test
    void a_jvm_that_exits_with_zero_but_never_says_done_ended_early() {
        List<TestScore> scores = Scorer.score(EXERCISE, plan(test("a", 1)), log(), NORMAL);
        assertThat(scores.get(0).status()).isEqualTo(Status.NOT_RUN);
        assertThat(scores.get(0).output()).contains("exited with code 0");
    }

    @Test
    void the_plan_decides_what_is_scored() {
        List<TestScore> scores = Scorer.score(EXERCISE, plan(test("a", 1)), log(
                finished("zzz", Status.PASSED, null, 1, 1, 0), new TestJvmEvent.Done()), NORMAL);
        assertThat(scores).hasSize(1);
        assertThat(scores.get(0).status()).isEqualTo(Status.NOT_RUN);
    }

    @Test
    void nothing_ran_scores_every_test_zero_with_the_reason() {
        List<TestScore> scores = Scorer.nothingRan(PLAN, Status.NOT_COMPILED, "did not compile");
        assertThat(scores).extracting(TestScore::score).containsOnly(0.0);
        assertThat(scores).extracting(TestScore::output).containsOnly("did not compile");
    }

    @Test
    void numbers_stay_those_of_the_full_plan_when_tests_are_filtered() {
        List<GradedTest> kept = GradedTest.named(PLAN, List.of("threaded › C", "zz"));
        assertThat(kept).extracting(GradedTest::number).containsExactly("1.3");
        assertThat(GradedTest.named(PLAN, List.of())).isSameAs(PLAN);
    }

    private static RunLog log(TestJvmEvent... events) {
        return RunLog.of(List.of(events));
    }

    private static RunLog merged(RunLog first, RunLog later) {
        first.addAll(later);
        return first;
    }

    private static List<GradedTest> plan(PlannedTest... tests) {
        return GradedTest.number(1, List.of(tests));
    }

    @Test
    void points_round_to_two_decimals_and_print_without_needless_zeros() {
        assertThat(Points.round(2.0 / 3)).isEqualTo(0.67);
        assertThat(Points.format(2.0)).isEqualTo("2");
        assertThat(Points.format(1.5)).isEqualTo("1.5");
        assertThat(Points.format(2.0 / 3)).isEqualTo("0.67");
    }
}
