package dev.threadlings.kit.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FibKernelsTest {

    /** The iterative definition, to check the recursion against: fib(1) = 0, fib(2) = 1. */
    private static long iterative(int n) {
        long a = 0;
        long b = 1;
        for (int i = 1; i < n; i++) {
            long next = a + b;
            a = b;
            b = next;
        }
        return a;
    }

    @Test
    void numbers_from_one_as_the_lesson_does() {
        assertThat(Kernels.fib(1)).isZero();
        assertThat(Kernels.fib(2)).isEqualTo(1);
        assertThat(Kernels.fib(10)).isEqualTo(34);
        for (int n = 1; n <= 30; n++) {
            assertThat(Kernels.fib(n)).as("fib(%d)", n).isEqualTo(iterative(n));
        }
        assertThat(iterative(40)).isEqualTo(63_245_986L); // what the lesson's fib(40) printed
    }

    @Test
    void rejects_positions_outside_1_to_92() {
        assertThatThrownBy(() -> Kernels.fib(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Kernels.fib(93)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Kernels.interpretedFib(-1, Checkpoint.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_interpreted_kernel_gives_the_same_numbers_and_stops_at_checkpoints() {
        AtomicInteger checkpoints = new AtomicInteger();

        long result = Kernels.interpretedFib(25, checkpoints::incrementAndGet);

        assertThat(result).isEqualTo(Kernels.fib(25));
        long calls = 2 * iterative(26) - 1; // the naive recursion makes 2 fib(n+1) - 1 calls for fib(n)
        assertThat(checkpoints.get()).isEqualTo((int) (calls / Kernels.CHECKPOINT_EVERY));
    }

    @Test
    void both_kernels_are_recorded() {
        try (KernelLog.Recording recording = KernelLog.start()) {
            Kernels.fib(20);
            Kernels.interpretedFib(21, Checkpoint.NONE);

            assertThat(recording.calls()).extracting(KernelCall::kernel, KernelCall::argument)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("fib", 20L),
                            org.assertj.core.groups.Tuple.tuple("interpretedFib", 21L));
        }
    }

    @Test
    void a_recording_keeps_at_most_its_limit_of_calls() {
        try (KernelLog.Recording recording = KernelLog.start()) {
            for (int i = 0; i < KernelLog.MAX_CALLS + 10; i++) {
                Kernels.fib(1);
            }

            assertThat(recording.calls()).hasSize(KernelLog.MAX_CALLS);
        }
        try (KernelLog.Recording recording = KernelLog.start()) {
            Kernels.fib(3);

            assertThat(recording.calls()).hasSize(1); // a new recording counts afresh
        }
    }

    private static long overlapsOfTwoThreads(Checkpoint checkpoint, Runnable before, Runnable after)
            throws InterruptedException {
        Kernels.resetInterpreterOverlaps();
        CountDownLatch ready = new CountDownLatch(2);
        Runnable task = () -> {
            ready.countDown();
            try {
                ready.await();
            } catch (InterruptedException e) {
                return;
            }
            before.run();
            try {
                Kernels.interpretedFib(35, checkpoint);
            } finally {
                after.run();
            }
        };
        Thread a = Thread.ofPlatform().start(task);
        Thread b = Thread.ofPlatform().start(task);
        a.join();
        b.join();
        return Kernels.interpreterOverlaps();
    }

    @Test
    void counts_overlaps_of_two_threads_running_it_at_once_and_none_under_one_lock() throws InterruptedException {
        long free = overlapsOfTwoThreads(Checkpoint.NONE, () -> { }, () -> { });
        ReentrantLock lock = new ReentrantLock();
        long locked = overlapsOfTwoThreads(Checkpoint.NONE, lock::lock, lock::unlock);

        assertThat(free).isPositive();
        assertThat(locked).isZero();
    }
}
