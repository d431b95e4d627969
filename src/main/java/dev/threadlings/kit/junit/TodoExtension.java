package dev.threadlings.kit.junit;

import java.util.Optional;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Proves, in the instructor build, that every visible test fails on the stubs, and only with a TODO.
 *
 * <p>With the system property {@code threadlings.stubs=expect-todo} (set by the instructor tree's
 * root pom for the exercise modules), a test passes when it fails with its stub's
 * {@code UnsupportedOperationException("TODO(...)")}, and fails when it throws anything else or when
 * it passes against a stub (then it cannot tell a stub from a solution). In every other case, for
 * example in a learner's handout, a TODO is reported once per task ({@link NotAttempted}): the first test of a
 * task that meets one fails with "not attempted", its others are skipped.
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
