package dev.threadlings.grader.testjvm;

import dev.threadlings.kit.measure.Measurement;
import java.util.List;

/**
 * One line of the results file that a test JVM appends to.
 *
 * @param event {@link #STARTED}, {@link #FINISHED}, {@link #ERROR}, {@link #ENDED} or {@link #DONE}
 * @param id the unique id of the graded test, for {@code started} and {@code finished}
 * @param verdict how the test ended, for {@code finished}
 * @param message the teaching message of a failure, the TODO of a stub, the reason of an abort, or the
 *     error of an {@code error} event
 * @param invocations how many invocations ran (1 for a plain test)
 * @param passed how many invocations passed
 * @param aborted how many invocations were aborted
 * @param millis how long the test ran
 * @param measurements what the test measured, for the reports (published by the hidden tests)
 * @param summary for {@code ended}, what happened in a few words ("System.exit", "a thread bomb"), for the
 *     progress line and the exercise's problem
 */
public record TestJvmEvent(
        String event, String id, Verdict verdict, String message, int invocations, int passed, int aborted,
        long millis, List<Measurement> measurements, String summary) {

    /** Copies the measurements; none when missing. */
    public TestJvmEvent {
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
    }

    /**
     * An event without measurements.
     *
     * @param event the kind of event
     * @param id the test's unique id
     * @param verdict how the test ended
     * @param message the message
     * @param invocations how many invocations ran
     * @param passed how many passed
     * @param aborted how many were aborted
     * @param millis how long the test ran
     */
    public TestJvmEvent(String event, String id, Verdict verdict, String message, int invocations, int passed,
            int aborted, long millis) {
        this(event, id, verdict, message, invocations, passed, aborted, millis, List.of(), null);
    }

    /** A graded test started. */
    public static final String STARTED = "started";
    /** A graded test finished. */
    public static final String FINISHED = "finished";
    /** The test JVM met a problem outside any test. */
    public static final String ERROR = "error";
    /** The test JVM is ending before its tests did, and says why: an exit, a runaway, a hung test. */
    public static final String ENDED = "ended";
    /** The test JVM finished every test and exits normally. */
    public static final String DONE = "done";

    /**
     * The event of a test that started.
     *
     * @param id the test's unique id
     * @return the event
     */
    public static TestJvmEvent started(String id) {
        return new TestJvmEvent(STARTED, id, null, null, 0, 0, 0, 0);
    }

    /**
     * The event of a problem outside any test.
     *
     * @param message what went wrong
     * @return the event
     */
    public static TestJvmEvent error(String message) {
        return new TestJvmEvent(ERROR, null, null, message, 0, 0, 0, 0);
    }

    /**
     * The event of a test JVM that ends before its tests did.
     *
     * @param id the unique id of the graded test that was running, or {@code null}
     * @param summary what happened in a few words, such as "a thread bomb"
     * @param cause what happened, for the learner
     * @return the event
     */
    public static TestJvmEvent ended(String id, String summary, String cause) {
        return new TestJvmEvent(ENDED, id, null, cause, 0, 0, 0, 0, List.of(), summary);
    }

    /**
     * The event that closes a complete run.
     *
     * @return the event
     */
    public static TestJvmEvent done() {
        return new TestJvmEvent(DONE, null, null, null, 0, 0, 0, 0);
    }
}
