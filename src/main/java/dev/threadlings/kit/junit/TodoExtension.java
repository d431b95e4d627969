package dev.threadlings.kit.junit;

import java.util.Optional;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Proves, in the instructor build, that every visible test fails on the stubs, and only with a TODO.
 *
 * <p>With the system property {@code threadlings.stubs=expect-todo} (set by the instructor tree's
 * root pom for the exercise modules), a test passes when it fails with its stub's
 * {@code UnsupportedOperationException("TODO(...)")}, and fails when it throws anything else or when
 * it passes against a stub (then it cannot tell a stub from a solution). In every other case, for
 * example in a learner's handout, a TODO is reported once per task ({@link NotAttempted}): the first test of a
 * task that meets one fails with "not attempted", its others are skipped; and a check that the code under test
 * aborts fails, as it earns nothing in the grader.
 */
public final class TodoExtension implements TestExecutionExceptionHandler, AfterTestExecutionCallback {

    /** The system property that switches the mode on. */
    public static final String MODE_PROPERTY = "threadlings.stubs";

    /** The property's value that switches the mode on. */
    public static final String EXPECT_TODO = "expect-todo";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(TodoExtension.class);

    private static boolean expectTodo() {
        return EXPECT_TODO.equals(System.getProperty(MODE_PROPERTY));
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (expectTodo()) {
            if (Todo.isTodo(thrown)) {
                context.getStore(NAMESPACE).put("todo", Boolean.TRUE);
                return;
            }
            AssertionError error = new AssertionError(context.getDisplayName()
                    + " failed against the stubs with something other than a TODO: " + thrown);
            error.initCause(thrown);
            throw error;
        }
        Optional<Throwable> todo = Todo.exceptionOf(thrown);
        if (todo.isPresent()) {
            throw NotAttempted.orAbort(todo.get());
        }
        if (thrown instanceof TestAbortedException) {
            // The visible checks never abort on their own: an abort comes from the code under test, and the
            // grader gives an aborted check no points, so the learner's build must not show it as skipped
            AssertionError aborted = new AssertionError("Aborted before it could decide, so the grader gives it"
                    + " no points: " + thrown.getMessage() + ". A strategy must return its results (or throw"
                    + " a real error); aborting the check is not passing it.");
            aborted.initCause(thrown);
            throw aborted;
        }
        throw thrown;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (expectTodo() && context.getExecutionException().isEmpty()
                && context.getStore(NAMESPACE).get("todo") == null) {
            throw new AssertionError(context.getDisplayName()
                    + " passed against the stubs: a visible test must fail with the stub's TODO until the"
                    + " learner has done the task");
        }
    }
}
