package dev.threadlings.sumsquares;

import dev.threadlings.kit.code.LearnerCode;
import dev.threadlings.kit.junit.TodoExtension;
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
 * The shape each strategy must have, read from its byte code: {@link SumRules}, the very rules the grader applies.
 * A strategy still on its TODO is "not attempted".
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("architecture")
class ArchitectureTest {

    private static void attempted(Supplier<SumOfSquares> strategy) {
        LearnerCode.requireAttempted(() -> {
            try (SumOfSquares made = strategy.get()) {
                made.sumAll(List.of(10));
            }
        });
    }

    @Test
    @Tag("task:1")
    void sequential_code_uses_no_concurrency() {
        attempted(SequentialSumOfSquares::new);
        SumRules.sequentialUsesNoConcurrency(SequentialSumOfSquares.class);
    }

    @Test
    @Tag("task:3")
    void async_code_makes_no_executor_of_its_own() {
        try (ExecutorService executor = Executors.newSingleThreadExecutor()) {
            attempted(() -> new AsyncSumOfSquares(executor));
        }
        SumRules.asyncUsesTheGivenExecutor(AsyncSumOfSquares.class);
    }

    @Test
    @Tag("task:5")
    void multiprocess_code_starts_workers_with_process_builder() {
        attempted(() -> new MultiprocessSumOfSquares(2));
        SumRules.multiprocessStartsProcesses(MultiprocessSumOfSquares.class);
    }
}
