package dev.threadlings.grader.testjvm;

import dev.threadlings.grader.plan.PlannedTest;
import dev.threadlings.grader.plan.Status;
import dev.threadlings.kit.measure.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestIdentifier;

/** The running count of one graded test method: its invocations, how they ended, and their messages. */
final class Tally {

    /** How many failing invocations are described in a message; the rest are counted. */
    static final int MAX_DESCRIBED = 5;

    /** How many measurements of one test reach the reports. */
    static final int MAX_MEASUREMENTS = 5;

    private final PlannedTest unit;
    private final long startNanos = System.nanoTime();
    private int invocations;
    private int passed;
    private int aborted;
    private int failed;
    private int todos;
    private String firstTodo;
    private String firstAbort;
    private final List<String> failures = new ArrayList<>();
    private String note;
    private final List<Measurement> measurements = new ArrayList<>();

    Tally(PlannedTest unit) {
        this.unit = unit;
    }

    /** Counts an invocation of a parameterized or repeated method. */
    void invocation(String displayName, TestExecutionResult result) {
        invocations++;
        switch (result.getStatus()) {
            case SUCCESSFUL -> passed++;
            case ABORTED -> {
                aborted++;
                if (firstAbort == null) {
                    firstAbort = reason(result);
                }
            }
            case FAILED -> {
                Throwable thrown = result.getThrowable().orElse(null);
                Optional<String> todo = thrown == null ? Optional.empty() : FailureMessages.todoOf(thrown);
                if (todo.isPresent()) {
                    todos++;
                    if (firstTodo == null) {
                        firstTodo = todo.get();
                    }
                } else {
                    failed++;
                }
                if (failures.size() < MAX_DESCRIBED) {
                    failures.add("[" + displayName + "] " + todo.map(t -> "not attempted yet: " + t)
                            .orElseGet(() -> describe(thrown)));
                }
            }
            default -> throw new IllegalStateException("unknown status " + result.getStatus());
        }
    }

    /** Keeps a verdict the test published, shown with a passing result (the first one wins). */
    void note(String verdict) {
        if (note == null) {
            note = FailureMessages.cap(verdict);
        }
    }

    /** Keeps a measurement the test published, for the reports (up to {@link #MAX_MEASUREMENTS}). */
    void measured(Measurement measurement) {
        if (measurements.size() < MAX_MEASUREMENTS) {
            measurements.add(measurement);
        }
    }

    /** Notes a skipped invocation; it counts neither for nor against the test. */
    void invocationSkipped() {
        // A skipped invocation is neither run nor failed.
    }

    /** The event of the method's end: {@code container} tells whether invocations were tallied. */
    TestJvmEvent.Finished finished(boolean container, TestExecutionResult result) {
        if (container && invocations > 0) {
            return fromInvocations(result);
        }
        if (container && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            return event(Status.FAILED, "no invocation of this test ran", 0, 0, 0);
        }
        return switch (result.getStatus()) {
            case SUCCESSFUL -> event(Status.PASSED, note, 1, 1, 0);
            case ABORTED -> event(Status.ABORTED, reason(result), 1, 0, 1);
            case FAILED -> failedWith(result.getThrowable().orElse(null), null);
        };
    }

    private TestJvmEvent.Finished fromInvocations(TestExecutionResult result) {
        int effective = invocations - aborted;
        if (result.getStatus() == TestExecutionResult.Status.FAILED) {
            failures.add("the test itself failed after its invocations: "
                    + describe(result.getThrowable().orElse(null)));
            failed++;
        }
        if (effective == 0 && failed == 0) {
            return event(Status.ABORTED, firstAbort, invocations, 0, aborted);
        }
        if (passed == effective && failed == 0) {
            return event(Status.PASSED, note, invocations, passed, aborted);
        }
        if (passed == 0 && failed == 0 && todos > 0) {
            return event(Status.NOT_ATTEMPTED, firstTodo, invocations, 0, aborted);
        }
        int notDescribed = failed + todos - failures.size();
        StringBuilder message = new StringBuilder();
        message.append(passed).append(" of ").append(effective).append(" cases passed.");
        for (String failure : failures) {
            message.append('\n').append(failure);
        }
        if (notDescribed > 0) {
            message.append("\n... and ").append(notDescribed).append(" more failing case")
                    .append(notDescribed == 1 ? "" : "s");
        }
        return event(Status.FAILED, FailureMessages.cap(message.toString()), invocations, passed, aborted);
    }

    /**
     * The event of a method stopped at its time limit (in one of its invocations, or in its set-up).
     *
     * @param seconds the limit
     * @param diagnosis what the threads were doing, from {@link Hang#diagnose()}
     */
    TestJvmEvent.Finished timedOut(long seconds, String diagnosis) {
        String message = "Timed out after " + seconds + " s: the test was stopped at its time limit"
                + (invocations > 0 ? " in its case " + (invocations + 1) + " (" + passed + " passed before)" : "")
                + ", and the exercise's other tests ran on in a fresh JVM.\n" + diagnosis;
        return event(Status.TIMED_OUT, FailureMessages.cap(message), invocations + 1, passed, aborted);
    }

    /** The event of a method that never ran because its container failed first. */
    TestJvmEvent.Finished containerFailed(TestIdentifier container, Throwable thrown) {
        return failedWith(thrown, "the set-up of '" + container.getDisplayName() + "' failed: ");
    }

    /** The event of a method that JUnit skipped. */
    TestJvmEvent.Finished skipped(String reason) {
        return event(Status.ABORTED, reason, 0, 0, 0);
    }

    private TestJvmEvent.Finished failedWith(Throwable thrown, String prefix) {
        Optional<String> todo = thrown == null ? Optional.empty() : FailureMessages.todoOf(thrown);
        if (todo.isPresent()) {
            return event(Status.NOT_ATTEMPTED, todo.get(), 1, 0, 0);
        }
        String message = describe(thrown);
        return event(Status.FAILED, prefix == null ? message : prefix + message, 1, 0, 0);
    }

    private String describe(Throwable thrown) {
        return thrown == null ? "failed without an exception"
                : FailureMessages.describe(thrown, unit.topLevelClassName());
    }

    private static String reason(TestExecutionResult result) {
        return result.getThrowable().map(t -> t.getMessage() == null ? t.toString() : t.getMessage())
                .map(FailureMessages::cap).orElse("aborted");
    }

    private TestJvmEvent.Finished event(Status status, String message, int run, int ok, int abort) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        return new TestJvmEvent.Finished(unit.id(), status, message, run, ok, abort, millis, measurements);
    }
}
