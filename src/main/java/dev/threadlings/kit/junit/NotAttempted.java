package dev.threadlings.kit.junit;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.opentest4j.TestAbortedException;

/**
 * A stub the learner has not written yet, reported once: the first test that meets one of its TODOs fails with
 * this (one line, no stack trace), and the other tests that meet a TODO of the same class are skipped, saying so. A fresh handout's
 * first run then says "not attempted" once per task instead of every TODO with its stack trace.
 */
public final class NotAttempted extends AssertionError {

    private static final long serialVersionUID = 1L;

    /** The prefix of every "not attempted" message, which the per-task summary recognizes. */
    public static final String PREFIX = "not attempted: ";

    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private NotAttempted(String message) {
        super(message);
    }

    /**
     * What a test that met a stub's TODO throws in the learner's build: this, the first time a TODO of that stub
     * class is met in this test run, else a {@link TestAbortedException} that says it was reported already.
     *
     * @param todo the stub's exception
     * @return the throwable to throw
     */
    public static Throwable orAbort(Throwable todo) {
        String stub = Todo.stubOf(todo).orElse("a class");
        if (REPORTED.add(Todo.stubOf(todo).orElse(todo.getMessage()))) { // once a class, whichever method
            return new NotAttempted(PREFIX + stub + " (" + todo.getMessage() + ")");
        }
        return new TestAbortedException(PREFIX + stub + ", reported once above; this check runs once it is done");
    }

    /**
     * Tells whether a test's failure or abort says its task was not attempted.
     *
     * @param thrown what the test threw
     * @return {@code true} for this error, a skip it caused, or a stub's TODO
     */
    public static boolean isNotAttempted(Throwable thrown) {
        return thrown instanceof NotAttempted
                || thrown instanceof TestAbortedException && thrown.getMessage() != null
                        && thrown.getMessage().startsWith(PREFIX)
                || Todo.isTodo(thrown);
    }

    /** No stack trace: the message says all, and the learner's build prints one line for it. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
