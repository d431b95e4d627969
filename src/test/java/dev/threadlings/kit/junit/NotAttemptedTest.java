package dev.threadlings.kit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NotAttemptedTest {

    static final class SomeStub {
        void work() {
            throw new UnsupportedOperationException("TODO(example/some-stub): write it; see README task 9");
        }
    }

    private static Throwable todo() {
        try {
            new SomeStub().work();
            throw new AssertionError("the stub did not throw");
        } catch (UnsupportedOperationException e) {
            return e;
        }
    }

    @Test
    void a_todo_fails_once_in_one_line_naming_its_class_then_skips_the_checks_that_meet_it_again() {
        Throwable first = NotAttempted.orAbort(todo());
        Throwable again = NotAttempted.orAbort(todo());

        assertThat(first).isInstanceOf(NotAttempted.class)
                .hasMessage("not attempted: SomeStub (TODO(example/some-stub): write it; see README task 9)");
        assertThat(first.getStackTrace()).as("one line, no stack trace").isEmpty();
        assertThat(again).isInstanceOf(TestAbortedException.class)
                .hasMessageStartingWith("not attempted: SomeStub, reported once above");
        assertThat(NotAttempted.isNotAttempted(first)).isTrue();
        assertThat(NotAttempted.isNotAttempted(again)).isTrue();
        assertThat(NotAttempted.isNotAttempted(new AssertionError("expected 3 but was 1"))).isFalse();
    }
}
