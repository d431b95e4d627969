package dev.threadlings.fibonacci;

import dev.threadlings.kit.code.FreshClasses;
import dev.threadlings.kit.code.LearnerCode;
import dev.threadlings.kit.hygiene.Interruption;
import dev.threadlings.kit.junit.TodoExtension;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing is left behind: no thread outlives the call (an executor in a static field counts: the call is made on a
 * fresh copy of your class), no worker process outlives the strategy, also after an interrupt. The grader checks
 * the same, on other positions.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("hygiene")
class HygieneTest {

    private static final List<Integer> POSITIONS = List.of(19, 23, 21);

    private static void leavesNothing(String name, Supplier<FibonacciRunner> strategy,
            Supplier<FibonacciRunner> fresh, String hint) {
        LearnerCode.requireAttempted(() -> {
            try (FibonacciRunner runner = strategy.get()) {
                runner.fibs(List.of(5));
            }
        });
        FibChecks.leavesNoThreads(name, fresh, POSITIONS, hint);
    }

    @Test
    @Tag("task:2")
    void thread_per_task_leaves_no_thread_running() {
        leavesNothing("ThreadPerTaskFibonacci", ThreadPerTaskFibonacci::new,
                () -> FreshClasses.create(FibonacciRunner.class, ThreadPerTaskFibonacci.class),
                "Join every thread you start before returning.");
    }

    @Test
    @Tag("task:4")
    void gil_fibonacci_leaves_no_thread_running() {
        leavesNothing("GilFibonacci", () -> new GilFibonacci(new GlobalInterpreterLock()),
                () -> FreshClasses.create(FibonacciRunner.class, GilFibonacci.class,
                        FreshClasses.create(InterpreterLock.class, GlobalInterpreterLock.class)),
                "Join every thread you start (or close every pool you make) before returning.");
    }

    @Test
    @Tag("task:5")
    void event_loop_leaves_no_thread_running() {
        leavesNothing("EventLoopFibonacci", EventLoopFibonacci::new,
                () -> FreshClasses.create(FibonacciRunner.class, EventLoopFibonacci.class),
                "Make the event loop's executor for the call and close it before returning (try-with-resources);"
                        + " one kept in a static field is never closed.");
    }

    @Test
    @Tag("task:7")
    void multiprocess_leaves_no_worker_running() {
        try (FibonacciRunner runner = new MultiprocessFibonacci(2)) {
            runner.fibs(List.of(18, 20, 19));
        }
        FibChecks.leavesNoWorkers("MultiprocessFibonacci");
    }

    @Test
    @Tag("task:7")
    void multiprocess_ends_its_workers_when_interrupted() throws InterruptedException {
        LearnerCode.requireAttempted(() -> {
            try (FibonacciRunner runner = new MultiprocessFibonacci(2)) {
                runner.fibs(List.of(5));
            }
        });
        // fib(46) takes seconds: two per worker, longer than the check waits
        try (FibonacciRunner runner = new MultiprocessFibonacci(2)) {
            Interruption.assertStopsItsWorkers("MultiprocessFibonacci(2)", 2, () -> runner.fibs(List.of(46, 46, 46,
                    46)));
        }
    }
}
