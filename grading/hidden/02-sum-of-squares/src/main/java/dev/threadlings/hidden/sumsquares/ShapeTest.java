package dev.threadlings.hidden.sumsquares;

import dev.threadlings.kit.code.LearnerCode;
import dev.threadlings.kit.hygiene.Interruption;
import dev.threadlings.kit.junit.Points;
import dev.threadlings.sumsquares.AsyncSumOfSquares;
import dev.threadlings.sumsquares.MultiprocessSumOfSquares;
import dev.threadlings.sumsquares.SequentialSumOfSquares;
import dev.threadlings.sumsquares.SumChecks;
import dev.threadlings.sumsquares.SumOfSquares;
import dev.threadlings.sumsquares.SumRules;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The shape each strategy must have (read from its byte code: {@link SumRules}) and what it leaves behind
 * ({@link SumChecks}); the learner's own checks apply the same rules.
 *
 * <p>Each test first runs the strategy, so a stub still on its TODO counts as "not attempted".
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ShapeTest {

    private static void requireAttempted(Strategy strategy) {
        LearnerCode.requireAttempted(() -> {
            try (SumOfSquares made = strategy.create(2)) {
                made.sumAll(List.of(10));
            }
        });
    }

    @Test
    @Tag("architecture")
    @Tag("task:1")
    @Points(2)
    void sequential_uses_no_thread_executor_future_or_parallel_stream() {
        requireAttempted(Strategy.SEQUENTIAL);
        SumRules.sequentialUsesNoConcurrency(SequentialSumOfSquares.class);
    }

    @Test
    @Tag("architecture")
    @Tag("task:3")
    @Points(2)
    void async_runs_on_the_executor_it_is_given_and_makes_none_of_its_own() {
        requireAttempted(Strategy.ASYNC);
        SumRules.asyncUsesTheGivenExecutor(AsyncSumOfSquares.class);
    }

    @Test
    @Tag("architecture")
    @Tag("task:5")
    @Points(2)
    void multiprocess_starts_its_workers_with_process_builder() {
        requireAttempted(Strategy.MULTIPROCESS);
        SumRules.multiprocessStartsProcesses(MultiprocessSumOfSquares.class);
    }

    @Test
    @Tag("hygiene")
    @Tag("task:2")
    @Points(1)
    void threaded_leaves_no_threads_behind() {
        try (SumOfSquares warmUp = Strategy.THREADED.create(3)) {
            warmUp.sumAll(List.of(10, 20));
        }
        // a fresh copy of the class: a pool kept in a static field is made during this call, not before
        SumChecks.leavesNoThreads("ThreadedSumOfSquares", () -> Strategy.THREADED.createFresh(3),
                List.of(100_000, 200_000, 300_000, 400_000));
    }

    @Test
    @Tag("hygiene")
    @Tag("task:5")
    @Points(2)
    void multiprocess_leaves_no_worker_alive_even_when_a_number_is_invalid() {
        try (SumOfSquares made = Strategy.MULTIPROCESS.create(2)) {
            made.sumAll(List.of(1000, 2000, 3000));
            try {
                made.sumAll(List.of(1000, -1, 3000));
            } catch (IllegalArgumentException expected) {
                // the contract; what matters here is what is left afterwards
            }
        }
        SumChecks.leavesNoWorkers("MultiprocessSumOfSquares");
    }

    @Test
    @Tag("hygiene")
    @Tag("task:5")
    @Points(2)
    void multiprocess_stops_its_workers_when_the_calling_thread_is_interrupted() throws InterruptedException {
        requireAttempted(Strategy.MULTIPROCESS);
        // About 1.5 s of kernel time per number, 4 numbers per worker: far longer than the test waits.
        List<Integer> numbers = java.util.Collections.nCopies(8, 1_500_000_000);
        try (SumOfSquares made = Strategy.MULTIPROCESS.create(2)) {
            Interruption.assertStopsItsWorkers("MultiprocessSumOfSquares(2)", 2, () -> made.sumAll(numbers));
        }
    }
}
