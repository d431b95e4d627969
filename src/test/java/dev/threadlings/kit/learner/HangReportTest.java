package dev.threadlings.kit.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs small fixture tests through the real JUnit engine with the extension, as an exercise module does. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(30)
class HangReportTest {

    static volatile long leftPid;
    static volatile boolean stop;

    @ExtendWith(HangReport.class)
    static class Fixture {
        @Test
        @Timeout(value = 1, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
        void spins_for_ever() {
            while (!stop) { // deaf to interrupts, as an endless loop is
                Thread.onSpinWait();
            }
        }

        @Test
        void starts_a_worker_and_leaves_it_running() throws IOException {
            Process worker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Process sleeper = new ProcessBuilder("sleep", "60").start();
            leftPid = sleeper.pid();
            worker.destroy();
        }
    }

    @Test
    void a_test_past_its_time_limit_says_what_its_threads_were_doing_and_the_likely_causes() {
        stop = false;
        try {
            EngineTestKit.engine("junit-jupiter").selectors(selectMethod(Fixture.class, "spins_for_ever")).execute()
                    .testEvents().assertThatEvents().haveExactly(1, event(test(), finishedWithFailure(message(m ->
                            m.contains("spins_for_ever() did not finish") && m.contains("timed out after 1 second")
                                    && m.contains("It hangs; the likely causes")
                                    && m.contains("HangReportTest$Fixture.spins_for_ever")))));
        } finally {
            stop = true;
        }
    }

    @Test
    void nothing_a_test_started_outlives_it() throws InterruptedException {
        EngineTestKit.engine("junit-jupiter").selectors(selectMethod(Fixture.class,
                "starts_a_worker_and_leaves_it_running")).execute().testEvents().assertThatEvents()
                .haveExactly(1, event(test(), finishedSuccessfully()));

        ProcessHandle left = ProcessHandle.of(leftPid).orElse(null);
        if (left != null) {
            left.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        assertThat(ProcessHandle.of(leftPid).map(ProcessHandle::isAlive)).as("the process the test left")
                .isNotEqualTo(java.util.Optional.of(true));
    }
}
