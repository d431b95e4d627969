package dev.threadlings.hidden.fibonacci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.fibonacci.FibonacciRunner;
import dev.threadlings.fibonacci.MultiprocessFibonacci;
import dev.threadlings.fibonacci.SequentialFibonacci;
import dev.threadlings.hidden.common.Interruption;
import dev.threadlings.hidden.common.KernelTrial;
import dev.threadlings.hidden.common.LearnerCode;
import dev.threadlings.kit.hygiene.ChildProcesses;
import dev.threadlings.kit.hygiene.ThreadSnapshot;
import dev.threadlings.kit.kernels.KernelCall;
import dev.threadlings.kit.junit.Points;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.BaseStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Who computed what (the kernel log), the shape of the code (its byte code), and what is left behind. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ShapeTest {

    private static void requireAttempted(Strategy strategy) {
        try (FibonacciRunner runner = strategy.create()) {
            runner.fibs(List.of(5));
        }
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
        List<List<KernelCall>> tries = new ArrayList<>();
        try (FibonacciRunner runner = Strategy.THREAD_PER_TASK.create()) {
            runner.fibs(List.of(20, 21));
            for (int i = 0; i < 3 && tries.stream().noneMatch(calls -> KernelTrial.overlapApart(calls, false)); i++) {
                Fibs.Run run = Fibs.record(runner, ns);
                Fibs.assertCorrect("ThreadPerTaskFibonacci", ns, run.results());
                tries.add(run.calls());
            }
        }
        assertThat(tries.stream().anyMatch(calls -> KernelTrial.overlapApart(calls, false)))
                .as("ThreadPerTaskFibonacci's kernel calls never overlapped on two threads in %d calls (the last:"
                        + " %s): start every thread before joining any.", tries.size(), tries.get(tries.size() - 1))
                .isTrue();
    }

    @Test
    @Tag("concurrency")
    @Tag("task:7")
    @Points(2)
    void multiprocess_computes_in_two_worker_processes_at_the_same_time() {
        // About 0.2 s per position, 0.4 s per worker: two workers overlap even when one JVM starts 0.2 s late.
        List<Integer> ns = List.of(40, 40, 40, 40);
        Fibs.Run run;
        try (FibonacciRunner runner = Strategy.MULTIPROCESS.create()) {
            run = Fibs.record(runner, ns);
        }
        Fibs.assertCorrect("MultiprocessFibonacci(2)", ns, run.results());
        long own = run.calls().stream().filter(c -> c.pid() == ProcessHandle.current().pid()).count();
        assertThat(own == 0 && KernelTrial.overlapApart(run.calls(), true))
                .as("MultiprocessFibonacci(2): %d of %d kernel calls ran in the test's own JVM, and calls in two"
                        + " worker processes %s. Start both workers before waiting for either; let the workers call"
                        + " Kernels.fib.", own, run.calls().size(),
                        KernelTrial.overlapApart(run.calls(), true) ? "overlapped" : "never overlapped")
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
    void the_gil_waits_with_java_util_concurrent_locks_or_a_monitor() {
        dev.threadlings.fibonacci.GlobalInterpreterLock lock = new dev.threadlings.fibonacci.GlobalInterpreterLock();
        lock.acquire(); // a stub fails here, as "not attempted"
        lock.release();
        List<String> waits = LearnerCode.of(dev.threadlings.fibonacci.GlobalInterpreterLock.class).accesses(
                LearnerCode.toPackage("java.util.concurrent.locks")
                        .or(LearnerCode.to(Object.class, "wait", "notify", "notifyAll")));
        assertThat(waits)
                .as("GlobalInterpreterLock must make waiting threads sleep with java.util.concurrent.locks"
                        + " (ReentrantLock and a Condition, LockSupport) or a monitor (synchronized with wait() and"
                        + " notifyAll()); it uses neither, so its waiters can only spin or poll.")
                .isNotEmpty();
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

    @Test
    @Tag("hygiene")
    @Tag("task:5")
    @Points(1)
    void thread_per_task_gil_and_event_loop_leave_no_threads_behind() {
        for (Strategy strategy : List.of(Strategy.THREAD_PER_TASK, Strategy.GIL, Strategy.EVENT_LOOP)) {
            requireAttempted(strategy);
            ThreadSnapshot before = ThreadSnapshot.take();
            try (FibonacciRunner runner = strategy.create()) {
                runner.fibs(List.of(20, 22, 21));
            }
            List<String> leaked = before.leakedSince(t -> false, Duration.ofSeconds(2));
            assertThat(leaked)
                    .as("%s left %d thread(s) alive after it returned: %s. Join every thread you start, and close"
                            + " the event loop's executor before returning.", strategy.className(), leaked.size(),
                            leaked)
                    .isEmpty();
        }
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
