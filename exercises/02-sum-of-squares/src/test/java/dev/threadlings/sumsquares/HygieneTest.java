package dev.threadlings.sumsquares;

import dev.threadlings.kit.code.FreshClasses;
import dev.threadlings.kit.code.LearnerCode;
import dev.threadlings.kit.hygiene.Interruption;
import dev.threadlings.kit.junit.TodoExtension;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing is left behind: no pool thread outlives the call (a pool in a static field counts: the call is made on a
 * fresh copy of your class), no worker process outlives the strategy, also after an invalid number or an interrupt.
 * The grader checks the same, on other numbers.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("hygiene")
class HygieneTest {

    @Test
    @Tag("task:2")
    void threaded_leaves_no_pool_thread_running() {
        try (SumOfSquares warmUp = new ThreadedSumOfSquares(2)) {
            warmUp.sumAll(List.of(10, 20));
        }
        SumChecks.leavesNoThreads("ThreadedSumOfSquares",
                () -> FreshClasses.create(SumOfSquares.class, ThreadedSumOfSquares.class, 2),
                List.of(150_000, 250_000, 350_000));
    }

    @Test
    @Tag("task:5")
    void multiprocess_leaves_no_worker_after_an_invalid_number() {
        try (SumOfSquares made = new MultiprocessSumOfSquares(2)) {
            made.sumAll(List.of(500, 1500));
            try {
                made.sumAll(List.of(-5, 500, 1500));
            } catch (IllegalArgumentException expected) {
                // the contract; what matters here is what is left afterwards
            }
        }
        SumChecks.leavesNoWorkers("MultiprocessSumOfSquares");
    }

    @Test
    @Tag("task:5")
    void multiprocess_ends_its_workers_when_interrupted() throws InterruptedException {
        LearnerCode.requireAttempted(() -> {
            try (SumOfSquares made = new MultiprocessSumOfSquares(2)) {
                made.sumAll(List.of(10));
            }
        });
        // About 1.5 s of kernel time per number, 3 numbers per worker: longer than the check waits
        List<Integer> numbers = Collections.nCopies(6, 1_500_000_000);
        try (SumOfSquares made = new MultiprocessSumOfSquares(2)) {
            Interruption.assertStopsItsWorkers("MultiprocessSumOfSquares(2)", 2, () -> made.sumAll(numbers));
        }
    }
}
