package dev.threadlings.hidden.fibonacci;

import dev.threadlings.fibonacci.FibChecks;
import dev.threadlings.fibonacci.FibRules;
import dev.threadlings.fibonacci.FibonacciRunner;
import dev.threadlings.fibonacci.MultiprocessFibonacci;
import dev.threadlings.fibonacci.SequentialFibonacci;
import dev.threadlings.kit.code.LearnerCode;
import dev.threadlings.kit.hygiene.Interruption;
import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.kernels.KernelCall;
import dev.threadlings.kit.measure.Tries;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Who computed what (the kernel log), the shape of the code (its byte code), and what is left behind: the checks of
 * {@link FibChecks} and the rules of {@link FibRules}, which the learner's own checks apply too.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ShapeTest {

    /** The README's threshold of fork/join: at or below it, a position is computed by the kernel. */
    static final int THRESHOLD = 30;

    private static void requireAttempted(Strategy strategy) {
        LearnerCode.requireAttempted(() -> {
            try (FibonacciRunner runner = strategy.create()) {
                runner.fibs(List.of(5));
            }
        });
    }

    @Test
    @Tag("concurrency")
    @Tag("task:2")
    @Points(2)
    void thread_per_task_computes_both_positions_at_the_same_time() {
        // About 25 and 40 ms of work, up to three calls: with the other core busy, a second thread can wait
        // a scheduling slice before it first runs (fib(33)'s 7.5 ms once ended before fib(34) began). A
        // strategy that joins each thread before starting the next never overlaps, however often it is tried.
        List<Integer> ns = List.of(36, 37);
        List<List<KernelCall>> tries;
        try (FibonacciRunner runner = Strategy.THREAD_PER_TASK.create()) {
            runner.fibs(List.of(20, 21));
            tries = Tries.upTo(() -> {
                FibChecks.Run run = FibChecks.record(runner, ns);
                Fibs.assertCorrect("ThreadPerTaskFibonacci", ns, run.results());
                return run.calls();
            }, calls -> !KernelCall.overlapApart(calls, false));
        }
        FibChecks.overlapped("ThreadPerTaskFibonacci", tries);
    }

    @Test
    @Tag("concurrency")
    @Tag("task:7")
    @Points(2)
    void multiprocess_computes_in_two_worker_processes_at_the_same_time() {
        // About 0.2 s per position, 0.4 s per worker, up to three calls: two workers overlap even when one JVM
        // starts 0.2 s late, and a busy machine gets more tries. Workers started one after the other never do.
        List<Integer> ns = List.of(40, 40, 40, 40);
        FibChecks.Run run = Tries.upTo(() -> {
            FibChecks.Run once;
            try (FibonacciRunner runner = Strategy.MULTIPROCESS.create()) {
                once = FibChecks.record(runner, ns);
            }
            Fibs.assertCorrect("MultiprocessFibonacci(2)", ns, once.results());
            return once;
        }, once -> !KernelCall.overlapApart(once.calls(), true)).getLast();
        FibChecks.inTwoWorkers("MultiprocessFibonacci(2)", run);
    }

    @Test
    @Tag("architecture")
    @Tag("task:1")
    @Points(1)
    void sequential_uses_no_thread_executor_future_or_parallel_stream() {
        requireAttempted(Strategy.SEQUENTIAL);
        FibRules.sequentialUsesNoConcurrency(SequentialFibonacci.class);
    }

    @Test
    @Tag("architecture")
    @Tag("task:3")
    @Points(1)
    void the_gil_makes_its_waiters_wait_without_polling() {
        dev.threadlings.fibonacci.GlobalInterpreterLock lock = new dev.threadlings.fibonacci.GlobalInterpreterLock();
        lock.acquire(); // a stub fails here, as "not attempted"
        lock.release();
        FibRules.gilWaitsWithoutPolling(dev.threadlings.fibonacci.GlobalInterpreterLock.class);
    }

    /** Six small positions, a few milliseconds of work each. */
    private static final List<Integer> SIX = List.of(24, 25, 26, 27, 28, 29);

    /** One recorded call of the strategy on {@link #SIX}, after a warm-up call, with its answers checked. */
    private static FibChecks.Run sixSmallPositions(Strategy strategy) {
        FibChecks.Run run;
        try (FibonacciRunner runner = strategy.create()) {
            runner.fibs(List.of(20, 21));
            run = FibChecks.record(runner, SIX);
        }
        Fibs.assertCorrect(strategy.className(), SIX, run.results());
        return run;
    }

    @Test
    @Tag("concurrency")
    @Tag("task:2")
    @Points(1)
    void thread_per_task_starts_one_thread_per_position() {
        FibChecks.threadPerPosition("ThreadPerTaskFibonacci", sixSmallPositions(Strategy.THREAD_PER_TASK), SIX.size());
    }

    @Test
    @Tag("concurrency")
    @Tag("task:5")
    @Points(2)
    void event_loop_runs_every_task_on_one_thread_of_its_own() {
        FibChecks.onAnEventLoop("EventLoopFibonacci", sixSmallPositions(Strategy.EVENT_LOOP));
    }

    @Test
    @Tag("concurrency")
    @Tag("task:6")
    @Points(2)
    void fork_join_splits_every_position_down_to_the_threshold() {
        List<Integer> ns = List.of(34, 36);
        FibChecks.Run run;
        try (FibonacciRunner runner = Strategy.FORK_JOIN.create()) {
            run = FibChecks.record(runner, ns);
        }
        Fibs.assertCorrect("ForkJoinFibonacci", ns, run.results());
        FibChecks.splitDownTo("ForkJoinFibonacci", run, ns, THRESHOLD);
    }

    @Test
    @Tag("architecture")
    @Tag("task:7")
    @Points(1)
    void multiprocess_starts_its_workers_with_process_builder() {
        requireAttempted(Strategy.MULTIPROCESS);
        FibRules.multiprocessStartsProcesses(MultiprocessFibonacci.class);
    }

    /**
     * Runs a fresh copy of the strategy's classes once and checks that no thread it started is left: a pool or
     * an event loop kept in a static field, made on the first call and never closed, counts too.
     */
    private static void assertNoThreadsLeft(Strategy strategy, String hint) {
        requireAttempted(strategy);
        FibChecks.leavesNoThreads(strategy.className(), strategy::createFresh, List.of(20, 22, 21), hint);
    }

    @Test
    @Tag("hygiene")
    @Tag("task:2")
    @Points(1)
    void thread_per_task_leaves_no_threads_behind() {
        assertNoThreadsLeft(Strategy.THREAD_PER_TASK, "Join every thread you start before returning.");
    }

    @Test
    @Tag("hygiene")
    @Tag("task:4")
    @Points(1)
    void gil_threads_leave_no_threads_behind() {
        assertNoThreadsLeft(Strategy.GIL, "Join every thread you start before returning.");
    }

    @Test
    @Tag("hygiene")
    @Tag("task:5")
    @Points(1)
    void event_loop_leaves_no_threads_behind() {
        assertNoThreadsLeft(Strategy.EVENT_LOOP, "Make the event loop's executor for the call and close it before"
                + " returning (try-with-resources); one kept in a static field is never closed.");
    }

    @Test
    @Tag("hygiene")
    @Tag("task:7")
    @Points(2)
    void multiprocess_leaves_no_worker_alive() {
        try (FibonacciRunner runner = Strategy.MULTIPROCESS.create()) {
            runner.fibs(List.of(20, 21, 22));
        }
        FibChecks.leavesNoWorkers("MultiprocessFibonacci");
    }

    @Test
    @Tag("hygiene")
    @Tag("task:7")
    @Points(2)
    void multiprocess_stops_its_workers_when_the_calling_thread_is_interrupted() throws InterruptedException {
        requireAttempted(Strategy.MULTIPROCESS);
        // fib(45) takes seconds: two per worker, far longer than the test waits.
        List<Integer> ns = List.of(45, 45, 45, 45);
        try (FibonacciRunner runner = Strategy.MULTIPROCESS.create()) {
            Interruption.assertStopsItsWorkers("MultiprocessFibonacci(2)", 2, () -> runner.fibs(ns));
        }
    }
}
