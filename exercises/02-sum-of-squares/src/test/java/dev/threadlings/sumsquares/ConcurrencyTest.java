package dev.threadlings.sumsquares;

import dev.threadlings.kit.junit.TodoExtension;
import dev.threadlings.kit.measure.Tries;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How did each strategy spread its work? The evidence is the kernel log: which threads or processes ran the
 * calls, and whether calls overlapped in time. Calls of about 20 ms overlap even on one core when they run on
 * different threads, so this does not depend on your machine. The grader checks the same, on other numbers.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("concurrency")
class ConcurrencyTest {

    /** Ten numbers of about 20 ms of kernel time each. */
    private static final List<Integer> WORK = Collections.nCopies(10, 18_000_000);

    /** Seven small numbers: more than any size asked for here, so every thread or worker gets one. */
    private static final List<Integer> SIZED_WORK = Collections.nCopies(7, 3_000_000);

    private static SumChecks.Run run(Supplier<SumOfSquares> strategy, List<Integer> numbers) {
        try (SumOfSquares made = strategy.get()) {
            made.sumAll(List.of(100, 200)); // warm-up: class loading and the first JIT
            return SumChecks.record(made, numbers);
        }
    }

    @Test
    @Tag("task:1")
    void sequential_makes_its_kernel_calls_one_after_another_on_the_caller() {
        SumChecks.oneAfterAnother("SequentialSumOfSquares", run(SequentialSumOfSquares::new, WORK),
                "The baseline does one number after another on the caller's thread, each with the kernel.");
    }

    @Test
    @Tag("task:2")
    void threaded_overlaps_kernel_calls_on_its_threads() {
        SumChecks.spread("ThreadedSumOfSquares", run(() -> new ThreadedSumOfSquares(3), WORK),
                "Submit every number before waiting for any result; joining each thread right after starting it, or"
                        + " a lock around the kernel, runs them one at a time.");
    }

    @Test
    @Tag("task:2")
    void threaded_uses_exactly_the_threads_it_is_given() {
        for (int size : new int[] {2, 5}) {
            SumChecks.exactly("ThreadedSumOfSquares", "threads", size,
                    run(() -> new ThreadedSumOfSquares(size), SIZED_WORK));
        }
    }

    @Test
    @Tag("task:3")
    void async_on_one_thread_makes_every_call_there() {
        try (ExecutorService one = Executors.newSingleThreadExecutor()) {
            SumChecks.onOneThread("AsyncSumOfSquares", run(() -> new AsyncSumOfSquares(one), WORK.subList(0, 6)));
        }
    }

    @Test
    @Tag("task:3")
    void async_on_a_pool_of_three_runs_calls_at_the_same_time() {
        try (ExecutorService three = Executors.newFixedThreadPool(3)) {
            SumChecks.spread("AsyncSumOfSquares", run(() -> new AsyncSumOfSquares(three), WORK),
                    "Start every supplyAsync before combining them; a join() inside the loop waits for each number"
                            + " before starting the next.");
        }
    }

    @Test
    @Tag("task:4")
    void fork_join_overlaps_kernel_calls_on_pool_threads() {
        SumChecks.spread("ForkJoinSumOfSquares", run(ForkJoinSumOfSquares::new, WORK),
                "Split the list and fork() one half before computing the other (or use a parallel stream); computing"
                        + " the halves one after the other gives no overlap.");
    }

    @Test
    @Tag("task:5")
    void multiprocess_uses_exactly_the_workers_it_is_given() {
        SumChecks.exactly("MultiprocessSumOfSquares", "processes", 3,
                run(() -> new MultiprocessSumOfSquares(3), SIZED_WORK));
    }

    @Test
    @Tag("task:5")
    void multiprocess_overlaps_kernel_calls_in_two_workers() {
        // Workers started one after the other never overlap, however often; a busy machine may start one late
        SumChecks.Run run = Tries.upTo(() -> run(() -> new MultiprocessSumOfSquares(2),
                Collections.nCopies(4, 120_000_000)), once -> !(once.overlappingPairs() >= 1 && once.processes() >= 2))
                .getLast();
        SumChecks.inWorkerProcesses("MultiprocessSumOfSquares(2)", run);
    }
}
