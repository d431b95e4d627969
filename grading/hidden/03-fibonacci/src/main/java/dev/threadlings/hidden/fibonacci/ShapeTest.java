package dev.threadlings.hidden.fibonacci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.fibonacci.FibonacciRunner;
import dev.threadlings.fibonacci.MultiprocessFibonacci;
import dev.threadlings.fibonacci.SequentialFibonacci;
import dev.threadlings.hidden.common.Interruption;
import dev.threadlings.hidden.common.KernelTrial;
import dev.threadlings.kit.code.LearnerCode;
import dev.threadlings.kit.hygiene.ChildProcesses;
import dev.threadlings.kit.hygiene.ThreadSnapshot;
import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.kernels.KernelCall;
import dev.threadlings.kit.measure.Tries;
import dev.threadlings.kit.messages.KernelMessages;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.BaseStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Who computed what (the kernel log), the shape of the code (its byte code), and what is left behind. */
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
                Fibs.Run run = Fibs.record(runner, ns);
                Fibs.assertCorrect("ThreadPerTaskFibonacci", ns, run.results());
                return run.calls();
            }, calls -> !KernelTrial.overlapApart(calls, false));
        }
        List<KernelCall> last = tries.get(tries.size() - 1);
        assertThat(tries.stream().anyMatch(calls -> KernelTrial.overlapApart(calls, false)))
                .as(last.isEmpty() ? KernelMessages.noCalls("ThreadPerTaskFibonacci", "Kernels.fib(n)", false)
                        : String.format(Locale.ROOT, "ThreadPerTaskFibonacci's kernel calls never overlapped on two"
                        + " threads in %d calls (the last: %s): start every thread before joining any.", tries.size(),
                        last))
                .isTrue();
    }

    @Test
    @Tag("concurrency")
    @Tag("task:7")
    @Points(2)
    void multiprocess_computes_in_two_worker_processes_at_the_same_time() {
        // About 0.2 s per position, 0.4 s per worker, up to three calls: two workers overlap even when one JVM
        // starts 0.2 s late, and a busy machine gets more tries. Workers started one after the other never do.
        List<Integer> ns = List.of(40, 40, 40, 40);
        Fibs.Run run = Tries.upTo(() -> {
            Fibs.Run once;
            try (FibonacciRunner runner = Strategy.MULTIPROCESS.create()) {
                once = Fibs.record(runner, ns);
            }
            Fibs.assertCorrect("MultiprocessFibonacci(2)", ns, once.results());
            return once;
        }, once -> !KernelTrial.overlapApart(once.calls(), true)).getLast();
        long own = run.calls().stream().filter(c -> c.pid() == ProcessHandle.current().pid()).count();
        assertThat(own == 0 && KernelTrial.overlapApart(run.calls(), true))
                .as(run.calls().isEmpty() ? KernelMessages.noCalls("MultiprocessFibonacci(2)", "Kernels.fib(n)", true)
                        : String.format(Locale.ROOT, "MultiprocessFibonacci(2): %d of %d kernel calls ran in the test's"
                        + " own JVM, and calls in two worker processes %s. Start both workers before waiting for"
                        + " either; let the workers call Kernels.fib.", own, run.calls().size(),
                        KernelTrial.overlapApart(run.calls(), true) ? "overlapped" : "never overlapped"))
                .isTrue();
    }

    @Test
    @Tag("architecture")
    @Tag("task:1")
    @Points(1)
    void sequential_uses_no_thread_executor_future_or_parallel_stream() {
        requireAttempted(Strategy.SEQUENTIAL);
        List<String> found = LearnerCode.of(SequentialFibonacci.class).accesses(
                LearnerCode.toPackage("java.util.concurrent")
                        .or(LearnerCode.to(Thread.class))
                        .or(LearnerCode.to(Collection.class, "parallelStream"))
                        .or(LearnerCode.to(BaseStream.class, "parallel")));
        assertThat(found)
                .as("SequentialFibonacci is the baseline: one position after another on the calling thread. Found:"
                        + " %s", found)
                .isEmpty();
    }

    @Test
    @Tag("architecture")
    @Tag("task:3")
    @Points(1)
    void the_gil_makes_its_waiters_wait_without_polling() {
        dev.threadlings.fibonacci.GlobalInterpreterLock lock = new dev.threadlings.fibonacci.GlobalInterpreterLock();
        lock.acquire(); // a stub fails here, as "not attempted"
        lock.release();
        // What a waiter may park on is open (a Condition, a monitor, a fair Semaphore, LockSupport.park): the
        // measured tests judge that it sleeps and is handed the lock in time. Polling is what they cannot see: a
        // waiter that sleeps a millisecond and looks again uses little CPU, yet wakes late and by chance.
        List<String> polls = LearnerCode.of(dev.threadlings.fibonacci.GlobalInterpreterLock.class).accesses(
                LearnerCode.to(Thread.class, "sleep", "yield", "onSpinWait")
                        .or(LearnerCode.to(java.util.concurrent.TimeUnit.class, "sleep"))
                        .or(LearnerCode.to(java.util.concurrent.locks.LockSupport.class, "parkNanos", "parkUntil")));
        assertThat(polls)
                .as("GlobalInterpreterLock polls: %s. A waiting thread must sleep until it is woken when the lock is"
                        + " its (a Condition's await() with signalAll(), wait() with notifyAll(), a fair Semaphore,"
                        + " LockSupport.park() with unpark()), not sleep a while and look again: it would wake late and"
                        + " in no fair order, or spin and burn the core the holder needs.", polls)
                .isEmpty();
    }

    /** Six small positions, a few milliseconds of work each. */
    private static final List<Integer> SIX = List.of(24, 25, 26, 27, 28, 29);

    /** One recorded call of the strategy on {@link #SIX}, after a warm-up call, with its answers checked. */
    private static Fibs.Run sixSmallPositions(Strategy strategy) {
        Fibs.Run run;
        try (FibonacciRunner runner = strategy.create()) {
            runner.fibs(List.of(20, 21));
            run = Fibs.record(runner, SIX);
        }
        Fibs.assertCorrect(strategy.className(), SIX, run.results());
        return run;
    }

    @Test
    @Tag("concurrency")
    @Tag("task:2")
    @Points(1)
    void thread_per_task_starts_one_thread_per_position() {
        Fibs.Run run = sixSmallPositions(Strategy.THREAD_PER_TASK);
        long caller = Thread.currentThread().threadId();
        long threads = run.calls().stream().filter(c -> c.threadId() != caller).map(KernelCall::threadId).distinct()
                .count();
        assertThat(threads == SIX.size() && run.calls().size() == SIX.size())
                .as("ThreadPerTaskFibonacci computed %d positions with %d kernel calls on %d threads of its own"
                        + " (expected one new thread per position, %d of them): start a Thread for each position and"
                        + " join them all. A pool of two threads is not thread per task: give it three positions and"
                        + " one waits.", SIX.size(), run.calls().size(), threads, SIX.size())
                .isTrue();
    }

    @Test
    @Tag("concurrency")
    @Tag("task:5")
    @Points(2)
    void event_loop_runs_every_task_on_one_thread_of_its_own() {
        Fibs.Run run = sixSmallPositions(Strategy.EVENT_LOOP);
        long caller = Thread.currentThread().threadId();
        List<String> threads = run.calls().stream().map(c -> "'" + c.thread() + "'" + (c.virtual() ? " (virtual)"
                : "")).distinct().toList();
        boolean ownThread = run.calls().stream().noneMatch(c -> c.threadId() == caller || c.virtual()
                || c.thread().startsWith("ForkJoinPool"));
        assertThat(!run.calls().isEmpty() && threads.size() == 1 && ownThread)
                .as("EventLoopFibonacci ran its %d kernel calls on %s. An event loop is one thread of its own that"
                        + " runs every task in turn: make a single-thread executor for the call"
                        + " (Executors.newSingleThreadExecutor()) and give it to every supplyAsync. Without an executor"
                        + " supplyAsync runs on the common pool, whose workers are one thread on a two-core machine"
                        + " only by chance; the calling thread or a virtual thread is no event loop either.",
                        run.calls().size(), threads.isEmpty() ? "no thread (no kernel call was recorded)" : threads)
                .isTrue();
    }

    @Test
    @Tag("concurrency")
    @Tag("task:6")
    @Points(2)
    void fork_join_splits_every_position_down_to_the_threshold() {
        List<Integer> ns = List.of(34, 36);
        Fibs.Run run;
        try (FibonacciRunner runner = Strategy.FORK_JOIN.create()) {
            run = Fibs.record(runner, ns);
        }
        Fibs.assertCorrect("ForkJoinFibonacci", ns, run.results());
        long largest = run.calls().stream().mapToLong(KernelCall::argument).max().orElse(-1);
        assertThat(largest)
                .as(largest < 0 ? KernelMessages.noCalls("ForkJoinFibonacci", "Kernels.fib(n)", false)
                        : String.format(Locale.ROOT, "ForkJoinFibonacci called Kernels.fib on positions up to %d for %s"
                        + " (%d calls): split fib(n) into fib(n - 1) + fib(n - 2) until n <= THRESHOLD (%d), and only"
                        + " then call the kernel. With a higher threshold the pieces stay too big to keep every core"
                        + " busy to the end, and the speedup depends on the machine.", largest, ns,
                        run.calls().size(), THRESHOLD))
                .isBetween(1L, (long) THRESHOLD);
    }

    @Test
    @Tag("architecture")
    @Tag("task:7")
    @Points(1)
    void multiprocess_starts_its_workers_with_process_builder() {
        requireAttempted(Strategy.MULTIPROCESS);
        List<String> starts = LearnerCode.of(MultiprocessFibonacci.class)
                .accesses(LearnerCode.to(ProcessBuilder.class, "start", "startPipeline"));
        assertThat(starts)
                .as("MultiprocessFibonacci must start its worker JVMs itself, with"
                        + " new ProcessBuilder(JavaCommand.forCpuBoundMain(FibonacciWorker.class)).start().")
                .isNotEmpty();
    }

    /**
     * Runs a fresh copy of the strategy's classes once and checks that no thread it started is left: a pool or
     * an event loop kept in a static field, made on the first call and never closed, counts too.
     */
    private static void assertNoThreadsLeft(Strategy strategy, String hint) {
        requireAttempted(strategy);
        ThreadSnapshot before = ThreadSnapshot.take();
        try (FibonacciRunner runner = strategy.createFresh()) {
            runner.fibs(List.of(20, 22, 21));
        }
        List<String> leaked = before.leakedSince(t -> false, Duration.ofSeconds(2));
        assertThat(leaked)
                .as("%s left %d thread(s) alive after it returned: %s. %s", strategy.className(), leaked.size(),
                        leaked, hint)
                .isEmpty();
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
        List<String> alive = ChildProcesses.alive(Duration.ofSeconds(1));
        try {
            assertThat(alive)
                    .as("MultiprocessFibonacci left %d worker process(es) alive: %s. Close each worker's standard"
                            + " input, waitFor() it, and destroy() it in a finally block.", alive.size(), alive)
                    .isEmpty();
        } finally {
            ChildProcesses.destroyAll();
        }
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
