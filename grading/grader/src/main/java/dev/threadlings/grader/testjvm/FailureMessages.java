package dev.threadlings.grader.testjvm;

import dev.threadlings.kit.junit.Todo;
import java.util.Optional;

/**
 * Turns what a test threw into the message a learner reads.
 *
 * <p>An assertion's message is the teaching message and is kept as it is. Anything else (an exception
 * from the learner's code) is named, with a few stack frames, up to the test's own frame, and its causes.
 */
public final class FailureMessages {

    /** The longest message kept. */
    public static final int MAX_LENGTH = 4000;

    private static final int MAX_FRAMES = 6;
    private static final int MAX_CAUSES = 3;

    private FailureMessages() {
    }

    /**
     * The TODO message, if the throwable came from a stub.
     *
     * @param thrown what a test threw
     * @return the stub's message
     */
    public static Optional<String> todoOf(Throwable thrown) {
        return Todo.messageOf(thrown);
    }

    /**
     * Describes what a test threw.
     *
     * @param thrown what the test threw
     * @param testClassName the test's class: frames after it are JUnit's and are dropped
     * @return the message, at most {@link #MAX_LENGTH} characters
     */
    public static String describe(Throwable thrown, String testClassName) {
        StringBuilder text = new StringBuilder();
        if (thrown instanceof AssertionError && thrown.getMessage() != null && !thrown.getMessage().isBlank()) {
            text.append(thrown.getMessage().strip());
            Throwable cause = thrown.getCause();
            if (cause != null && !(cause instanceof AssertionError)) {
                text.append("\nCaused by: ");
                appendWithFrames(text, cause, testClassName);
            }
        } else {
            if (thrown instanceof IncompatibleClassChangeError) {
                text.append("The test calls something the submission's classes do not have (").append(thrown.getMessage())
                        .append("): was a class, constructor or method renamed, or its parameters or result changed?"
                                + " Keep the handout's signatures.\n");
            }
            appendWithFrames(text, thrown, testClassName);
        }
        return cap(text.toString());
    }

    private static void appendWithFrames(StringBuilder text, Throwable thrown, String testClassName) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth <= MAX_CAUSES; depth++) {
            if (depth > 0) {
                text.append("\nCaused by: ");
            }
            text.append(current);
            appendFrames(text, current.getStackTrace(), testClassName);
            current = current.getCause() == current ? null : current.getCause();
        }
    }

    private static void appendFrames(StringBuilder text, StackTraceElement[] frames, String testClassName) {
        int shown = 0;
        for (StackTraceElement frame : frames) {
            if (shown == MAX_FRAMES) {
                text.append("\n    ...");
                return;
            }
            text.append("\n    at ").append(frame);
            shown++;
            if (testClassName != null && frame.getClassName().startsWith(testClassName)) {
                return;
            }
        }
    }

    /**
     * Shortens a message to {@link #MAX_LENGTH} characters.
     *
     * @param message any message
     * @return the message, cut with a marker when too long
     */
    public static String cap(String message) {
        if (message == null || message.length() <= MAX_LENGTH) {
            return message;
        }
        return message.substring(0, MAX_LENGTH - 20) + "\n... (message cut)";
    }
}
