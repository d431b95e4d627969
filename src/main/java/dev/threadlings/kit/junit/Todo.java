package dev.threadlings.kit.junit;

import java.util.Optional;

/**
 * Recognises a stub's "not attempted yet" signal.
 *
 * <p>A stub throws {@code new UnsupportedOperationException("TODO(exercise/strategy): what to do")}.
 * Wherever that exception ends up (wrapped in a {@code CompletionException}, an
 * {@code ExecutionException} or an assertion error), the test that met it counts as "not attempted",
 * not as a wrong answer.
 */
public final class Todo {

    /** The prefix of every stub's message. */
    public static final String PREFIX = "TODO(";

    private Todo() {
    }

    /**
     * Finds a stub's TODO message in a throwable's cause chain (suppressed exceptions included).
     *
     * @param thrown what a test threw
     * @return the TODO message, if a stub's exception is in the chain
     */
    public static Optional<String> messageOf(Throwable thrown) {
        return find(thrown, 0).map(Throwable::getMessage);
    }

    /**
     * Tells whether a throwable came from a stub.
     *
     * @param thrown what a test threw
     * @return {@code true} when a stub's TODO exception is in its cause chain
     */
    public static boolean isTodo(Throwable thrown) {
        return messageOf(thrown).isPresent();
    }

    /**
     * Finds a stub's TODO exception in a throwable's cause chain (suppressed exceptions included).
     *
     * @param thrown what a test threw
     * @return the stub's exception, if one is in the chain
     */
    public static Optional<Throwable> exceptionOf(Throwable thrown) {
        return find(thrown, 0);
    }

    /**
     * The stub class that threw a TODO: the simple name of the class at the top of its stack.
     *
     * @param todo the stub's exception
     * @return the class's simple name, if its stack says
     */
    public static Optional<String> stubOf(Throwable todo) {
        StackTraceElement[] stack = todo.getStackTrace();
        if (stack.length == 0) {
            return Optional.empty();
        }
        String name = stack[0].getClassName();
        String[] parts = name.substring(name.lastIndexOf('.') + 1).split("\\$");
        for (int i = parts.length - 1; i > 0; i--) {
            if (parts[i].matches("[A-Z][A-Za-z0-9_]*")) {
                return Optional.of(parts[i]); // a named nested class; an anonymous one or a lambda is its outer's
            }
        }
        return Optional.of(parts[0]);
    }

    private static Optional<Throwable> find(Throwable t, int depth) {
        if (t == null || depth > 20) {
            return Optional.empty();
        }
        if (t instanceof UnsupportedOperationException && t.getMessage() != null
                && t.getMessage().startsWith(PREFIX)) {
            return Optional.of(t);
        }
        for (Throwable s : t.getSuppressed()) {
            Optional<Throwable> found = find(s, depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return find(t.getCause(), depth + 1);
    }
}
