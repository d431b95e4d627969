package dev.threadlings.kit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TodoTest {

    private static final UnsupportedOperationException STUB =
            new UnsupportedOperationException("TODO(downloads/threaded): do it");

    @Test
    void finds_a_stub_message_however_deeply_it_is_wrapped() {
        Throwable wrapped = new AssertionError("outer", new ExecutionException(new CompletionException(STUB)));

        assertThat(Todo.messageOf(wrapped)).contains("TODO(downloads/threaded): do it");
        assertThat(Todo.isTodo(STUB)).isTrue();
    }

    @Test
    void finds_a_stub_message_among_suppressed_exceptions() {
        RuntimeException failure = new RuntimeException("close failed");
        failure.addSuppressed(STUB);

        assertThat(Todo.isTodo(failure)).isTrue();
    }

    @Test
    void an_unsupported_operation_without_the_todo_prefix_is_a_real_failure() {
        assertThat(Todo.isTodo(new UnsupportedOperationException("List.of is immutable"))).isFalse();
        assertThat(Todo.isTodo(new UnsupportedOperationException())).isFalse();
        assertThat(Todo.isTodo(new IllegalStateException("TODO(x): not a UOE"))).isFalse();
    }

    @Test
    void categories_are_found_among_tags() {
        assertThat(Category.among(java.util.Set.of("task:2", "concurrency"))).contains(Category.CONCURRENCY);
        assertThat(Category.among(java.util.Set.of("task:2"))).isEmpty();
    }
}
