package dev.threadlings.hidden.sumsquares;

import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.measure.Tries;
import dev.threadlings.sumsquares.SumChecks;
import dev.threadlings.sumsquares.SumOfSquares;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Evidence of how each strategy spread its work, from the kernel log: which threads or processes ran
 * the calls, and whether calls overlapped in time. Calls of about 20 ms overlap even on one core when
 * they run on different threads (the scheduler interleaves them), so this evidence does not depend on
 * how many cores the machine has or how busy it is; speedup is judged elsewhere. The checks are
 * {@link SumChecks}, which the learner's own concurrency checks apply too, on other numbers.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Tag("concurrency")
class ParallelismTest {

    /** Twelve numbers of roughly equal work, about 20 ms of kernel time each. */
    private static final List<Integer> WORK = Collections.nCopies(12, 20_000_000);

    /** Six numbers of about 100 ms each: three per worker of two. */
    private static final List<Integer> PROCESS_WORK = Collections.nCopies(6, 100_000_000);

    /** Nine numbers of about 5 ms each: more numbers than any size asked for, so every thread gets one. */
    private static final List<Integer> SIZED_WORK = Collections.nCopies(9, 5_000_000);

    private static SumChecks.Run run(Strategy strategy, int size) {
        return run(strategy, size, WORK);
    }

    private static SumChecks.Run run(Strategy strategy, int size, List<Integer> work) {
        try (SumOfSquares made = strategy.create(size)) {
            made.sumAll(List.of(1000, 2000)); // warm-up: class loading and the first JIT
            SumChecks.Run run = SumChecks.record(made, work);
            Sums.assertCorrect(strategy.className(), work, run.results());
            return run;
        }
    }

    @Test
    @Tag("task:1")
    @Points(2)
    void sequential_runs_every_call_on_the_calling_thread_one_after_another() {
        SumChecks.oneAfterAnother("SequentialSumOfSquares", run(Strategy.SEQUENTIAL, 1),
                "The baseline does one number after another on the caller's thread.");
    }

    @Test
    @Tag("task:2")
    @Points(3)
    void threaded_spreads_the_calls_over_its_threads_at_the_same_time() {
        SumChecks.spread("ThreadedSumOfSquares", run(Strategy.THREADED, 4), "Submit every number before waiting for any result; joining each"
                + " thread right after starting it runs them one at a time.");
    }

    @Test
    @Tag("task:2")
    @Points(2)
    void threaded_runs_the_kernel_on_exactly_as_many_threads_as_it_was_given() {
        for (int size : new int[] {1, 3}) {
            SumChecks.exactly("ThreadedSumOfSquares", "threads", size, run(Strategy.THREADED, size, SIZED_WORK));
        }
    }

    @Test
    @Tag("task:5")
    @Points(2)
    void multiprocess_runs_the_kernel_in_exactly_as_many_processes_as_it_was_given() {
        SumChecks.exactly("MultiprocessSumOfSquares", "processes", 3, run(Strategy.MULTIPROCESS, 3, SIZED_WORK));
    }

    @Test
    @Tag("task:3")
    @Points(2)
    void async_on_a_one_thread_executor_runs_everything_on_that_one_thread() {
        SumChecks.onOneThread("AsyncSumOfSquares", run(Strategy.ASYNC, 1));
    }

    @Test
    @Tag("task:3")
    @Points(2)
    void async_on_a_pool_of_four_runs_calls_at_the_same_time() {
        SumChecks.spread("AsyncSumOfSquares", run(Strategy.ASYNC, 4), "Start every supplyAsync before combining them; a join() inside the loop"
                + " waits for each number before starting the next.");
    }

    @Test
    @Tag("task:4")
    @Points(3)
    void fork_join_spreads_the_calls_over_pool_threads_at_the_same_time() {
        SumChecks.spread("ForkJoinSumOfSquares", run(Strategy.FORK_JOIN, 1), "Split the list and fork() one half before computing the other (or"
                + " use a parallel stream), and call invoke() on the task itself: commonPool().invoke(task) leaves"
                + " your thread waiting, and the common pool has only cores - 1 workers.");
    }

    @Test
    @Tag("task:5")
    @Points(3)
    void multiprocess_runs_calls_in_at_least_two_processes_at_the_same_time() {
        // About 0.3 s of work per worker, up to three calls: on a busy machine one worker JVM can start a few
        // tenths of a second after the other. Workers started one after the other never overlap, however often.
        SumChecks.Run run = Tries.upTo(() -> run(Strategy.MULTIPROCESS, 2, PROCESS_WORK),
                once -> !(once.overlappingPairs() >= 1 && once.processes() >= 2)).getLast();
        SumChecks.inWorkerProcesses("MultiprocessSumOfSquares(2)", run);
    }
}
