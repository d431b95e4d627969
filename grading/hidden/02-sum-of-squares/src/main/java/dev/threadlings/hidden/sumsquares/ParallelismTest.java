package dev.threadlings.hidden.sumsquares;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.kernels.KernelCall;
import dev.threadlings.kit.measure.Tries;
import dev.threadlings.kit.messages.KernelMessages;
import dev.threadlings.sumsquares.SumOfSquares;
import dev.threadlings.sumsquares.SumOfSquaresMessages;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Evidence of how each strategy spread its work, from the kernel log: which threads or processes ran
 * the calls, and whether calls overlapped in time. Calls of about 20 ms overlap even on one core when
 * they run on different threads (the scheduler interleaves them), so this evidence does not depend on
 * how many cores the machine has or how busy it is; speedup is judged elsewhere.
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

    private static Sums.Run run(Strategy strategy, int size) {
        return run(strategy, size, WORK);
    }

    private static Sums.Run run(Strategy strategy, int size, List<Integer> work) {
        try (SumOfSquares made = strategy.create(size)) {
            made.sumAll(List.of(1000, 2000)); // warm-up: class loading and the first JIT
            Sums.Run run = Sums.record(made, work);
            Sums.assertCorrect(strategy.className(), work, run.results());
            return run;
        }
    }

    private static int overlappingPairs(List<KernelCall> calls) {
        int pairs = 0;
        for (int i = 0; i < calls.size(); i++) {
            for (int j = i + 1; j < calls.size(); j++) {
                if (calls.get(i).overlaps(calls.get(j))) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    private static long processes(Sums.Run run) {
        return run.calls().stream().map(KernelCall::pid).distinct().count();
    }

    private static Set<String> threads(List<KernelCall> calls) {
        return calls.stream().map(c -> c.pid() + "/" + c.threadId()).collect(Collectors.toSet());
    }

    private static void assertSpread(Strategy strategy, int size, String hint) {
        Sums.Run run = run(strategy, size);
        int threads = threads(run.calls()).size();
        int overlaps = overlappingPairs(run.calls());
        assertThat(threads >= 2 && overlaps >= 1)
                .as(SumOfSquaresMessages.notSpread(strategy.className(), run.calls().size(), "at least 2 threads with overlapping calls",
                        threads + " thread" + (threads == 1 ? "" : "s"), overlaps, hint))
                .isTrue();
    }

    @Test
    @Tag("task:1")
    @Points(2)
    void sequential_runs_every_call_on_the_calling_thread_one_after_another() {
        List<KernelCall> calls = run(Strategy.SEQUENTIAL, 1).calls();
        int threads = threads(calls).size();
        assertThat(threads == 1 && overlappingPairs(calls) == 0)
                .as(SumOfSquaresMessages.notSpread("SequentialSumOfSquares", calls.size(), "1 thread and no overlap",
                        threads + " threads", overlappingPairs(calls),
                        "The baseline does one number after another on the caller's thread."))
                .isTrue();
    }

    @Test
    @Tag("task:2")
    @Points(3)
    void threaded_spreads_the_calls_over_its_threads_at_the_same_time() {
        assertSpread(Strategy.THREADED, 4, "Submit every number before waiting for any result; joining each"
                + " thread right after starting it runs them one at a time.");
    }

    @Test
    @Tag("task:2")
    @Points(2)
    void threaded_runs_the_kernel_on_exactly_as_many_threads_as_it_was_given() {
        for (int size : new int[] {1, 3}) {
            Sums.Run run = run(Strategy.THREADED, size, SIZED_WORK);
            int threads = threads(run.calls()).size();
            assertThat(threads)
                    .as(run.calls().isEmpty()
                            ? KernelMessages.noCalls("ThreadedSumOfSquares", "Kernels.sumOfSquares(n)", false)
                            : SumOfSquaresMessages.wrongThreadCount("ThreadedSumOfSquares(" + size + ")", "threads",
                                    size, threads, SIZED_WORK.size()))
                    .isEqualTo(size);
        }
    }

    @Test
    @Tag("task:5")
    @Points(2)
    void multiprocess_runs_the_kernel_in_exactly_as_many_processes_as_it_was_given() {
        int size = 3;
        Sums.Run run = run(Strategy.MULTIPROCESS, size, SIZED_WORK);
        int processes = (int) run.calls().stream().map(KernelCall::pid).distinct().count();
        assertThat(processes)
                .as(run.calls().isEmpty()
                        ? KernelMessages.noCalls("MultiprocessSumOfSquares", "Kernels.sumOfSquares(n)", true)
                        : SumOfSquaresMessages.wrongThreadCount("MultiprocessSumOfSquares(" + size + ")", "processes",
                                size, processes, SIZED_WORK.size()))
                .isEqualTo(size);
    }

    @Test
    @Tag("task:3")
    @Points(2)
    void async_on_a_one_thread_executor_runs_everything_on_that_one_thread() {
        Sums.Run run = run(Strategy.ASYNC, 1);
        Set<String> names = run.calls().stream().map(KernelCall::thread).collect(Collectors.toSet());
        assertThat(names.size() == 1 && overlappingPairs(run.calls()) == 0)
                .as(SumOfSquaresMessages.notSpread("AsyncSumOfSquares", run.calls().size(), "every call on the executor's one thread",
                        names.size() + " threads " + names, overlappingPairs(run.calls()),
                        "Run the kernel with supplyAsync(..., executor) on the executor you were given. On one"
                                + " thread the calls take turns: correct, and no faster than sequential, just as"
                                + " asyncio on one core cannot speed up CPU work."))
                .isTrue();
    }

    @Test
    @Tag("task:3")
    @Points(2)
    void async_on_a_pool_of_four_runs_calls_at_the_same_time() {
        assertSpread(Strategy.ASYNC, 4, "Start every supplyAsync before combining them; a join() inside the loop"
                + " waits for each number before starting the next.");
    }

    @Test
    @Tag("task:4")
    @Points(3)
    void fork_join_spreads_the_calls_over_pool_threads_at_the_same_time() {
        assertSpread(Strategy.FORK_JOIN, 1, "Split the list and fork() one half before computing the other (or"
                + " use a parallel stream), and call invoke() on the task itself: commonPool().invoke(task) leaves"
                + " your thread waiting, and the common pool has only cores - 1 workers.");
    }

    @Test
    @Tag("task:5")
    @Points(3)
    void multiprocess_runs_calls_in_at_least_two_processes_at_the_same_time() {
        // About 0.3 s of work per worker, up to three calls: on a busy machine one worker JVM can start a few
        // tenths of a second after the other. Workers started one after the other never overlap, however often.
        Sums.Run run = Tries.upTo(() -> run(Strategy.MULTIPROCESS, 2, PROCESS_WORK),
                once -> !(overlappingPairs(once.calls()) >= 1 && processes(once) >= 2)).getLast();
        long processes = run.calls().stream().map(KernelCall::pid).distinct().count();
        long foreign = run.calls().stream().filter(c -> c.pid() != ProcessHandle.current().pid()).count();
        int overlaps = overlappingPairs(run.calls());
        assertThat(processes >= 2 && foreign == run.calls().size() && overlaps >= 1)
                .as(SumOfSquaresMessages.notSpread("MultiprocessSumOfSquares(2)", run.calls().size(),
                        "every call in a worker JVM, at least 2 of them at the same time",
                        processes + " process" + (processes == 1 ? "" : "es") + " (" + (run.calls().size() - foreign)
                                + " calls in the test's own JVM)", overlaps,
                        "Start every worker with ProcessBuilder before waiting for any, and let the workers call"
                                + " Kernels.sumOfSquares, not the parent."))
                .isTrue();
    }
}
