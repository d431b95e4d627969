package dev.threadlings.kit.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Runs small fixture tests through the real JUnit engine, in both modes. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TodoExtensionTest {

    @ExtendWith(TodoExtension.class)
    static class Fixture {
        @Test
        void reaches_the_stub() {
            throw new UnsupportedOperationException("TODO(demo/task): write it");
        }

        @Test
        void fails_otherwise() {
            throw new IllegalStateException("boom");
        }

        @Test
        void passes() {
        }
    }

    @AfterEach
    void clearMode() {
        System.clearProperty(TodoExtension.MODE_PROPERTY);
    }

    private static Events run(String method) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectMethod(Fixture.class, method)).execute()
                .testEvents();
    }

    @Test
    void in_expect_todo_mode_a_todo_failure_passes() {
        System.setProperty(TodoExtension.MODE_PROPERTY, TodoExtension.EXPECT_TODO);

        run("reaches_the_stub").assertThatEvents().haveExactly(1, event(test(), finishedSuccessfully()));
    }

    @Test
    void in_expect_todo_mode_any_other_failure_fails_and_says_so() {
        System.setProperty(TodoExtension.MODE_PROPERTY, TodoExtension.EXPECT_TODO);

        run("fails_otherwise").assertThatEvents().haveExactly(1, event(test(),
                finishedWithFailure(message(m -> m.contains("something other than a TODO")))));
    }

    @Test
    void in_expect_todo_mode_a_test_that_passes_on_the_stubs_fails() {
        System.setProperty(TodoExtension.MODE_PROPERTY, TodoExtension.EXPECT_TODO);

        run("passes").assertThatEvents().haveExactly(1, event(test(),
                finishedWithFailure(message(m -> m.contains("passed against the stubs")))));
    }

    @Test
    void outside_that_mode_a_todo_is_reported_once_as_not_attempted_and_other_outcomes_are_left_alone() {
        System.setProperty(TodoExtension.MODE_PROPERTY, "off");

        run("reaches_the_stub").assertThatEvents().haveExactly(1, event(test(), finishedWithFailure(
                instanceOf(NotAttempted.class), message(m -> m.startsWith("not attempted: Fixture (TODO(demo/task)")))));
        run("reaches_the_stub").assertThatEvents().haveExactly(1, event(test(), abortedWithReason(
                message(m -> m.startsWith("not attempted: Fixture, reported once above")))));
        run("fails_otherwise").assertThatEvents().haveExactly(1, event(test(),
                finishedWithFailure(instanceOf(IllegalStateException.class), message("boom"))));
        run("passes").assertThatEvents().haveExactly(1, event(test(), finishedSuccessfully()));
    }
}
