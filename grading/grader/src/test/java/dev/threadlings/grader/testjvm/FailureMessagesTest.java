package dev.threadlings.grader.testjvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class FailureMessagesTest {

    @Test
    void keeps_an_assertion_message_as_it_is() {
        AssertionError error = new AssertionError("  ThreadedDownloader kept 1 request in flight (expected 5)  ");
        assertThat(FailureMessages.describe(error, "Foo"))
                .isEqualTo("ThreadedDownloader kept 1 request in flight (expected 5)");
    }

    @Test
    void names_an_assertion_s_cause_that_is_not_an_assertion() {
        AssertionError error = new AssertionError("the download failed", new IllegalStateException("closed"));
        assertThat(FailureMessages.describe(error, "Foo"))
                .startsWith("the download failed\nCaused by: java.lang.IllegalStateException: closed");
    }

    @Test
    void names_an_exception_with_its_causes() {
        RuntimeException thrown = new CompletionException(new IllegalArgumentException("bad uri"));
        String message = FailureMessages.describe(thrown, "NoSuchClass");
        assertThat(message).startsWith("java.util.concurrent.CompletionException")
                .contains("Caused by: java.lang.IllegalArgumentException: bad uri");
        assertThat(message.lines().filter(l -> l.startsWith("    at ")).count()).isLessThanOrEqualTo(12);
    }

    @Test
    void stops_the_frames_at_the_test_class() {
        String message = FailureMessages.describe(new IllegalStateException("x"), FailureMessagesTest.class.getName());
        assertThat(message.lines().reduce((a, b) -> b).orElseThrow()).contains(FailureMessagesTest.class.getName());
    }

    @Test
    void cuts_a_very_long_message() {
        String message = FailureMessages.cap("x".repeat(10_000));
        assertThat(message).hasSizeLessThanOrEqualTo(FailureMessages.MAX_LENGTH).endsWith("(message cut)");
    }

    @Test
    void explains_a_missing_constructor_or_method_as_a_changed_signature() {
        String message = FailureMessages.describe(
                new NoSuchMethodError("'void dev.threadlings.fibonacci.MultiprocessFibonacci.<init>(int)'"), "T");
        assertThat(message).startsWith("The test calls something the submission's classes do not have ("
                + "'void dev.threadlings.fibonacci.MultiprocessFibonacci.<init>(int)')")
                .contains("Keep the handout's signatures.").contains("java.lang.NoSuchMethodError");
    }
}
