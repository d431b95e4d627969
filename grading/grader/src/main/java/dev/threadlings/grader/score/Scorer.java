package dev.threadlings.grader.score;

import dev.threadlings.grader.exercise.Exercise;
import dev.threadlings.grader.plan.GradedTest;
import dev.threadlings.grader.plan.PlannedTest;
import dev.threadlings.grader.process.TestJvmOutcome;
import dev.threadlings.grader.testjvm.TestJvmEvent;
import dev.threadlings.grader.testjvm.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the events of a test JVM into scores, one per planned test.
 *
 * <p>The plan, not the events, decides what is scored: a test that never reported earns nothing and
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
     * Scores the planned tests from what the test JVM reported and how it ended.
     *
     * @param exercise the exercise (its time limit is quoted in messages)
     * @param plan its planned tests
     * @param events what the test JVM appended to its results file
     * @param outcome how the test JVM ended
     * @return the scores, in plan order
     */
    public static List<TestScore> score(Exercise exercise, List<GradedTest> plan, List<TestJvmEvent> events,
            TestJvmOutcome outcome) {
        return score(exercise, plan, events, outcome, Map.of());
    }

    /**
     * Scores the planned tests from what the test JVM reported and how it ended, with some tests the grader
     * chose not to run.
     *
     * @param exercise the exercise (its time limit is quoted in messages)
     * @param plan its planned tests
     * @param events what the test JVMs appended to their results files
     * @param outcome how the test JVMs ended, all together
     * @param notRun the unique ids of the tests the grader did not run, with why (the strategy hung before)
     * @return the scores, in plan order
     */
    public static List<TestScore> score(Exercise exercise, List<GradedTest> plan, List<TestJvmEvent> events,
            TestJvmOutcome outcome, Map<String, String> notRun) {
        Map<String, TestJvmEvent> finished = new HashMap<>();
        Set<String> started = new HashSet<>();
        boolean done = false;
        String error = null;
        for (TestJvmEvent event : events) {
            switch (event.event()) {
                case TestJvmEvent.STARTED -> started.add(event.id());
                case TestJvmEvent.FINISHED -> finished.putIfAbsent(event.id(), event);
                case TestJvmEvent.DONE -> done = true;
                case TestJvmEvent.ERROR -> error = error == null ? event.message() : error;
                default -> {
                    // An event of a newer grader: ignored.
                }
            }
        }
        List<TestScore> scores = new ArrayList<>();
        for (GradedTest graded : plan) {
            PlannedTest test = graded.test();
            String number = graded.number();
            TestJvmEvent event = finished.get(test.id());
            if (event != null) {
                scores.add(fromEvent(test, number, event).withMeasurements(event.measurements()));
            } else if (notRun.containsKey(test.id())) {
                scores.add(new TestScore(test, number, 0, Status.NOT_RUN, notRun.get(test.id()), 0));
            } else {
                scores.add(unfinished(exercise, test, number, started.contains(test.id()), done, error, outcome,
                        outcome.timedOut() ? whereTheTimeWent(plan, finished) : ""));
            }
        }
        return scores;
    }

    private static TestScore fromEvent(PlannedTest test, String number, TestJvmEvent event) {
        String message = event.message() == null ? "" : event.message();
        return switch (event.verdict()) {
            case PASSED -> new TestScore(test, number, test.points(), Status.PASSED, message, event.millis());
            case NOT_ATTEMPTED -> new TestScore(test, number, 0, Status.NOT_ATTEMPTED,
                    NOT_ATTEMPTED_PREFIX + message, event.millis());
            case ABORTED, SKIPPED -> new TestScore(test, number, 0, Status.ABORTED,
                    "Aborted before it could decide, so it earns no points: " + message, event.millis());
            case FAILED, TIMED_OUT -> {
                int run = event.invocations();
                if (event.passed() > 0 && run > 0) {
                    double earned = Points.round(test.points() * event.passed() / run);
                    yield new TestScore(test, number, earned, earned >= test.points() ? Status.PASSED : Status.PARTIAL,
                            message, event.millis());
                }
                Status status = event.verdict() == Verdict.TIMED_OUT ? Status.TIMED_OUT : Status.FAILED;
                yield new TestScore(test, number, 0, status, message, event.millis());
            }
        };
    }

    /** The tests that took longest, for a message about time that ran out: " The time went to: A (61 s), ...". */
    private static String whereTheTimeWent(List<GradedTest> plan, Map<String, TestJvmEvent> finished) {
        List<String> slowest = plan.stream().map(GradedTest::test).filter(t -> finished.containsKey(t.id()))
                .sorted(java.util.Comparator.comparingLong((PlannedTest t) -> finished.get(t.id()).millis()).reversed())
                .limit(SLOWEST_NAMED)
                .map(t -> "'" + t.name() + "' (" + Math.round(finished.get(t.id()).millis() / 1000.0) + " s)")
                .toList();
        return slowest.isEmpty() ? "" : " The time went to the test still running then and to " + String.join(", ",
                slowest) + ".";
    }

    private static TestScore unfinished(Exercise exercise, PlannedTest test, String number, boolean started,
            boolean done, String error, TestJvmOutcome outcome, String timeWentTo) {
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
        String why = error != null ? "\n" + error : "";
        if (done) {
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
