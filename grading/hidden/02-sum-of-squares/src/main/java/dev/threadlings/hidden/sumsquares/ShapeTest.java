package dev.threadlings.hidden.sumsquares;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.hidden.common.Interruption;
import dev.threadlings.kit.code.LearnerCode;
import dev.threadlings.kit.hygiene.ChildProcesses;
import dev.threadlings.kit.hygiene.ThreadSnapshot;
import dev.threadlings.kit.junit.Points;
import dev.threadlings.sumsquares.AsyncSumOfSquares;
import dev.threadlings.sumsquares.MultiprocessSumOfSquares;
import dev.threadlings.sumsquares.SequentialSumOfSquares;
import dev.threadlings.sumsquares.SumOfSquares;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.BaseStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The shape each strategy must have (read from its byte code) and what it leaves behind.
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
        List<String> found = LearnerCode.of(SequentialSumOfSquares.class).accesses(
                LearnerCode.toPackage("java.util.concurrent")
                        .or(LearnerCode.to(Thread.class))
                        .or(LearnerCode.to(Collection.class, "parallelStream"))
                        .or(LearnerCode.to(BaseStream.class, "parallel")));
        assertThat(found)
                .as("SequentialSumOfSquares is the baseline the others are measured against: one number after"
                        + " another on the calling thread, with no threads, executors, futures or parallel streams."
                        + " Found: %s", found)
                .isEmpty();
    }

    @Test
    @Tag("architecture")
    @Tag("task:3")
    @Points(2)
    void async_runs_on_the_executor_it_is_given_and_makes_none_of_its_own() {
        requireAttempted(Strategy.ASYNC);
        List<String> found = LearnerCode.of(AsyncSumOfSquares.class).accesses(
                LearnerCode.to(Executors.class)
                        .or(LearnerCode.to(Thread.class))
                        .or(LearnerCode.to(java.util.concurrent.ExecutorService.class, "<init>")));
        assertThat(found)
                .as("AsyncSumOfSquares must run its work on the Executor passed to its constructor"
                        + " (supplyAsync(..., executor)), not on threads or pools of its own: who gives the executor"
                        + " decides how parallel it is. Found: %s", found)
                .isEmpty();
    }

    @Test
    @Tag("architecture")
    @Tag("task:5")
    @Points(2)
    void multiprocess_starts_its_workers_with_process_builder() {
        requireAttempted(Strategy.MULTIPROCESS);
        LearnerCode code = LearnerCode.of(MultiprocessSumOfSquares.class);
        List<String> starts = code.accesses(LearnerCode.to(ProcessBuilder.class, "start", "startPipeline"));
        assertThat(starts)
                .as("MultiprocessSumOfSquares must start its worker JVMs itself, with"
                        + " new ProcessBuilder(JavaCommand.forCpuBoundMain(SumOfSquaresWorker.class)).start().")
                .isNotEmpty();
    }

    @Test
    @Tag("hygiene")
    @Tag("task:2")
    @Points(1)
    void threaded_leaves_no_threads_behind() {
        try (SumOfSquares warmUp = Strategy.THREADED.create(3)) {
            warmUp.sumAll(List.of(10, 20));
        }
        ThreadSnapshot before = ThreadSnapshot.take();
        // a fresh copy of the class: a pool kept in a static field is made during this call, not before
        try (SumOfSquares made = Strategy.THREADED.createFresh(3)) {
            made.sumAll(List.of(100_000, 200_000, 300_000, 400_000));
        }
        List<String> leaked = before.leakedSince(t -> false, Duration.ofSeconds(2));
        assertThat(leaked)
                .as("ThreadedSumOfSquares left %d thread(s) alive after it returned: %s. Close the pool"
                        + " (try-with-resources on the ExecutorService) before returning, and keep no pool in a static"
                        + " field: one made on the first call and never shut down outlives every call.",
                        leaked.size(), leaked)
                .isEmpty();
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
        List<String> alive = ChildProcesses.alive(Duration.ofSeconds(1));
        try {
            assertThat(alive)
                    .as("MultiprocessSumOfSquares left %d worker process(es) alive: %s. Close each worker's standard"
                            + " input, waitFor() it, and destroy() it in a finally block, also when a number fails.",
                            alive.size(), alive)
                    .isEmpty();
        } finally {
            ChildProcesses.destroyAll();
        }
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
