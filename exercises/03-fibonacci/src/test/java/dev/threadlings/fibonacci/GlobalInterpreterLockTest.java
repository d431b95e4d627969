package dev.threadlings.fibonacci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.kit.junit.TodoExtension;
import dev.threadlings.kit.kernels.KernelCall;
import dev.threadlings.kit.kernels.KernelLog;
import dev.threadlings.kit.kernels.Kernels;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What your GlobalInterpreterLock promises (task 3), seen through GilFibonacci (task 4). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("concurrency")
@Tag("task:3")
class GlobalInterpreterLockTest {

    @Test
    void lets_one_thread_hold_it_and_refuses_a_release_by_another() throws InterruptedException {
        GlobalInterpreterLock lock = new GlobalInterpreterLock();
        lock.acquire();
        Throwable[] thrown = new Throwable[1];
        Thread other = Thread.ofPlatform().start(() -> {
            try {
                lock.release();
            } catch (Throwable t) {
                thrown[0] = t;
            }
        });
        other.join();
        lock.release();

        assertThat(thrown[0]).as("release() by a thread that does not hold the lock")
                .isInstanceOf(IllegalMonitorStateException.class);
    }

    private static KernelLog.Recording startAfterWarmUp(FibonacciRunner runner) {
        runner.fibs(List.of(25, 25)); // thread start-up and the JIT first, so both threads start together
        return KernelLog.start();
    }

    @Test
    void two_threads_take_turns_and_never_compute_at_the_same_moment() {
        Kernels.resetInterpreterOverlaps();
        List<KernelCall> calls;
        try (FibonacciRunner runner = new GilFibonacci(new GlobalInterpreterLock(Duration.ofMillis(2)));
                KernelLog.Recording recording = startAfterWarmUp(runner)) {
            assertThat(runner.fibs(List.of(35, 35)))
                    .containsExactly(FibonacciTest.expected(35), FibonacciTest.expected(35));
            calls = recording.calls();
        }

        assertThat(Kernels.interpreterOverlaps())
                .as("times a thread computed while another one was computing: the lock let two in at once")
                .isZero();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).overlaps(calls.get(1)))
                .as("the two calls should overlap in time, taking turns: does reached() ever hand the lock over?"
                        + " %s", calls)
                .isTrue();
        assertThat(calls.get(0).threadId()).isNotEqualTo(calls.get(1).threadId());
    }
}
