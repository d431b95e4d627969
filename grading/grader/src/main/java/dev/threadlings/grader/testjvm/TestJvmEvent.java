package dev.threadlings.grader.testjvm;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.threadlings.grader.plan.Status;
import dev.threadlings.kit.measure.Measurement;
import java.util.List;

/**
 * One line of the results file that a test JVM appends to: a test started or finished, the JVM met an
 * error outside any test, it is ending before its tests did, or it is done. The kind is written as the
 * line's {@code "event"} property, so the file stays readable as JSON lines.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "event")
@JsonSubTypes({
        @JsonSubTypes.Type(value = TestJvmEvent.Started.class, name = "started"),
        @JsonSubTypes.Type(value = TestJvmEvent.Finished.class, name = "finished"),
        @JsonSubTypes.Type(value = TestJvmEvent.Error.class, name = "error"),
        @JsonSubTypes.Type(value = TestJvmEvent.Ended.class, name = "ended"),
        @JsonSubTypes.Type(value = TestJvmEvent.Done.class, name = "done")})
public sealed interface TestJvmEvent {

    /**
     * A graded test started.
     *
     * @param id the unique id of the graded test
     */
    record Started(String id) implements TestJvmEvent {
    }

    /**
     * A graded test finished.
     *
     * @param id the unique id of the graded test
     * @param status how it ended: {@link Status#PASSED}, {@link Status#FAILED}, {@link Status#NOT_ATTEMPTED},
     *     {@link Status#ABORTED} or {@link Status#TIMED_OUT}; partial credit follows from the counts
     * @param message the teaching message of a failure, the TODO of a stub, the reason of an abort, or the
     *     verdict a passing test published
     * @param invocations how many invocations ran (1 for a plain test)
     * @param passed how many invocations passed
     * @param aborted how many invocations were aborted
     * @param millis how long the test ran
     * @param measurements what the test measured, for the reports (published by the hidden tests)
     */
    record Finished(String id, Status status, String message, int invocations, int passed, int aborted, long millis,
            List<Measurement> measurements) implements TestJvmEvent {

        /** Copies the measurements; none when missing. */
        public Finished {
            measurements = measurements == null ? List.of() : List.copyOf(measurements);
        }

        /**
         * A finished test that measured nothing.
         *
         * @param id the test's unique id
         * @param status how it ended
         * @param message the message
         * @param invocations how many invocations ran
         * @param passed how many passed
         * @param aborted how many were aborted
         * @param millis how long the test ran
         */
        public Finished(String id, Status status, String message, int invocations, int passed, int aborted,
                long millis) {
            this(id, status, message, invocations, passed, aborted, millis, List.of());
        }
    }

    /**
     * The test JVM met a problem outside any test.
     *
     * @param message what went wrong
     */
    record Error(String message) implements TestJvmEvent {
    }

    /**
     * The test JVM is ending before its tests did, and says why: an exit, a runaway, a hung test.
     *
     * @param id the unique id of the graded test that was running, or {@code null}
     * @param summary what happened in a few words ("System.exit", "a thread bomb"), for the progress line
     * @param cause what happened, for the learner
     */
    record Ended(String id, String summary, String cause) implements TestJvmEvent {
    }

    /** The test JVM finished every test and exits normally. */
    record Done() implements TestJvmEvent {
    }
}
