package dev.threadlings.fibonacci;

import dev.threadlings.kit.junit.TodoExtension;
import dev.threadlings.kit.kernels.KernelCall;
import dev.threadlings.kit.measure.Tries;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who computed what, and when: the kernel log shows which threads or processes made each kernel call and whether
 * calls overlapped; the GIL's waiters must sleep. None of it depends on how fast your machine is. The grader checks
 * the same, on other positions.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("concurrency")
class ConcurrencyTest {

    /** The README's threshold of fork/join. */
    private static final int THRESHOLD = 30;

    /** Five small positions, a few milliseconds of work each. */
    private static final List<Integer> FIVE = List.of(23, 24, 25, 26, 27);

    private static FibChecks.Run run(Supplier<FibonacciRunner> strategy, List<Integer> ns) {
        try (FibonacciRunner runner = strategy.get()) {
            runner.fibs(List.of(18, 19)); // warm-up
            return FibChecks.record(runner, ns);
        }
    }

    @Test
    @Tag("task:2")
    void thread_per_task_overlaps_its_two_positions() {
        // About 15 and 25 ms of work, up to three calls: with the other core busy a second thread can start late
        List<Integer> ns = List.of(35, 36);
        List<List<KernelCall>> tries;
        try (FibonacciRunner runner = new ThreadPerTaskFibonacci()) {
            runner.fibs(List.of(18, 19));
            tries = Tries.upTo(() -> FibChecks.record(runner, ns).calls(),
                    calls -> !KernelCall.overlapApart(calls, false));
        }
        FibChecks.overlapped("ThreadPerTaskFibonacci", tries);
    }

    @Test
    @Tag("task:2")
    void thread_per_task_gives_each_position_a_thread_of_its_own() {
        FibChecks.threadPerPosition("ThreadPerTaskFibonacci", run(ThreadPerTaskFibonacci::new, FIVE), FIVE.size());
    }

    @Test
    @Tag("task:3")
    void a_thread_waiting_for_the_gil_sleeps() throws InterruptedException {
        FibChecks.waiterSleeps(new GlobalInterpreterLock(), Duration.ofMillis(300));
    }

    @Test
    @Tag("task:5")
    void event_loop_runs_every_position_on_its_own_single_thread() {
        FibChecks.onAnEventLoop("EventLoopFibonacci", run(EventLoopFibonacci::new, FIVE));
    }

    @Test
    @Tag("task:6")
    void fork_join_calls_the_kernel_only_at_or_below_the_threshold() {
        List<Integer> ns = List.of(33, 35);
        FibChecks.splitDownTo("ForkJoinFibonacci", run(ForkJoinFibonacci::new, ns), ns, THRESHOLD);
    }

    @Test
    @Tag("task:7")
    void multiprocess_overlaps_kernel_calls_in_two_workers() {
        // About 0.15 s per position, two per worker, up to three calls: workers started one after the other never
        // overlap, however often they are tried
        List<Integer> ns = List.of(39, 39, 39, 39);
        FibChecks.Run run = Tries.upTo(() -> run(() -> new MultiprocessFibonacci(2), ns),
                once -> !KernelCall.overlapApart(once.calls(), true)).getLast();
        FibChecks.inTwoWorkers("MultiprocessFibonacci(2)", run);
    }
}
