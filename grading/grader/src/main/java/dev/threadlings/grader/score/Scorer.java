package dev.threadlings.grader.score;

import dev.threadlings.grader.exercise.Exercise;
import dev.threadlings.grader.plan.GradedTest;
import dev.threadlings.grader.plan.PlannedTest;
import dev.threadlings.grader.plan.Status;
import dev.threadlings.grader.process.TestJvmOutcome;
import dev.threadlings.grader.testjvm.RunLog;
import dev.threadlings.grader.testjvm.TestJvmEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what is known of how each test ended (a {@link RunLog}) into scores, one per planned test.
 *
 * <p>The plan, not the log, decides what is scored: a test that never reported earns nothing and
 * says why (time ran out, the JVM died). A parameterized test earns its points in proportion to the
 * cases that passed. An aborted or skipped test or case earns nothing: learner code can throw JUnit's
 * abort exceptions as well as any test can, so an abort is no evidence of anything. A speed test on a
 * machine that cannot show parallelism is no abort either: it passes, and the verdict it publishes
 * ("inconclusive: " and why) becomes its output.
 */
public final class Scorer {

    /** The start of the output of a test met only as a stub's TODO. */
    public static final String NOT_ATTEMPTED_PREFIX = "Not attempted yet: ";

    /** How many of the slowest tests a message about time that ran out names. */
    static final int SLOWEST_NAMED = 3;

    private Scorer() {
    }

    /**
     * Scores every test of an exercise that could not run: each earns nothing and says why.
     *
     * @param plan the exercise's planned tests
     * @param status {@link Status#NOT_COMPILED} or {@link Status#NOT_GRADED}
     * @param output the reason, the same for every test
     * @return the scores
     */
    public static List<TestScore> nothingRan(List<GradedTest> plan, Status status, String output) {
        List<TestScore> scores = new ArrayList<>();
        for (GradedTest test : plan) {
            scores.add(new TestScore(test.test(), test.number(), 0, status, output, 0));
        }
        return scores;
    }

    /**
     * Scores the planned tests from what their test JVMs reported, what the grader decided about the tests
     * they could not report on, and how the JVMs ended.
     *
     * @param exercise the exercise (its time limit is quoted in messages)
     * @param plan its planned tests
     * @param log what is known of how each test ended
     * @param outcome how the test JVMs ended, all together
     * @return the scores, in plan order
     */
    public static List<TestScore> score(Exercise exercise, List<GradedTest> plan, RunLog log, TestJvmOutcome outcome) {
        String timeWentTo = outcome.timedOut() ? whereTheTimeWent(plan, log) : "";
        List<TestScore> scores = new ArrayList<>();
        for (GradedTest graded : plan) {
            PlannedTest test = graded.test();
            String number = graded.number();
            Optional<TestJvmEvent.Finished> finished = log.finished(test.id());
            Optional<String> failedWhileRunning = log.failedWhileRunning(test.id());
            Optional<String> notRun = log.notRunReason(test.id());
            if (finished.isPresent()) {
                scores.add(fromEvent(test, number, finished.get()).withMeasurements(finished.get().measurements()));
            } else if (failedWhileRunning.isPresent()) {
                scores.add(new TestScore(test, number, 0, Status.FAILED, failedWhileRunning.get(), 0));
            } else if (notRun.isPresent()) {
                scores.add(new TestScore(test, number, 0, Status.NOT_RUN, notRun.get(), 0));
            } else {
                scores.add(unfinished(exercise, test, number, log, outcome, timeWentTo));
            }
        }
        return scores;
    }

    private static TestScore fromEvent(PlannedTest test, String number, TestJvmEvent.Finished event) {
        String message = event.message() == null ? "" : event.message();
        return switch (event.status()) {
            case PASSED -> new TestScore(test, number, test.points(), Status.PASSED, message, event.millis());
            case NOT_ATTEMPTED -> new TestScore(test, number, 0, Status.NOT_ATTEMPTED,
                    NOT_ATTEMPTED_PREFIX + message, event.millis());
            case ABORTED -> new TestScore(test, number, 0, Status.ABORTED,
                    "Aborted before it could decide, so it earns no points: " + message, event.millis());
            default -> {
                int run = event.invocations();
                if (event.passed() > 0 && run > 0) {
                    double earned = Points.round(test.points() * event.passed() / run);
                    yield new TestScore(test, number, earned, earned >= test.points() ? Status.PASSED : Status.PARTIAL,
                            message, event.millis());
                }
                Status status = event.status() == Status.TIMED_OUT ? Status.TIMED_OUT : Status.FAILED;
                yield new TestScore(test, number, 0, status, message, event.millis());
            }
        };
    }

    /** The tests that took longest, for a message about time that ran out: " The time went to: A (61 s), ...". */
    private static String whereTheTimeWent(List<GradedTest> plan, RunLog log) {
        List<String> slowest = plan.stream().map(GradedTest::test)
                .flatMap(t -> log.finished(t.id()).map(f -> Map.entry(t, f.millis())).stream())
                .sorted(Map.Entry.<PlannedTest, Long>comparingByValue().reversed())
                .limit(SLOWEST_NAMED)
                .map(e -> "'" + e.getKey().name() + "' (" + Math.round(e.getValue() / 1000.0) + " s)")
                .toList();
        return slowest.isEmpty() ? "" : " The time went to the test still running then and to " + String.join(", ",
                slowest) + ".";
    }

    private static TestScore unfinished(Exercise exercise, PlannedTest test, String number, RunLog log,
            TestJvmOutcome outcome, String timeWentTo) {
        boolean started = log.started(test.id());
        if (outcome.timedOut()) {
            if (started) {
                String dump = outcome.threadDump() == null ? "" : "\nWhat the threads were doing then:\n"
                        + indent(outcome.threadDump());
                return new TestScore(test, number, 0, Status.TIMED_OUT, "Timed out after "
                        + exercise.timeLimit().toSeconds() + " s: the exercise's time ran out while this test ran"
                        + " (an endless loop? a wait that never ends? a deadlock?)." + dump, 0);
            }
            return new TestScore(test, number, 0, Status.NOT_RUN,
                    "Not run: the exercise ran out of time (" + exercise.timeLimit().toSeconds()
                            + " s) before this test." + timeWentTo,
                    0);
        }
        String why = log.error().map(e -> "\n" + e).orElse("");
        if (log.done()) {
            return new TestScore(test, number, 0, Status.NOT_RUN,
                    "Not run: the test JVM finished without running this test; the grader's log may say why." + why, 0);
        }
        if (started) {
            return new TestScore(test, number, 0, Status.FAILED, "The test JVM exited with code " + outcome.exitCode()
                    + " while this test ran: does the code call System.exit, or did the JVM run out of memory?"
                    + why, 0);
        }
        return new TestScore(test, number, 0, Status.NOT_RUN,
                "Not run: the test JVM exited with code " + outcome.exitCode() + " before this test." + why, 0);
    }

    private static String indent(String text) {
        return "    " + text.replace("\n", "\n    ");
    }
}
