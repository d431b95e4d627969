package dev.threadlings.fibonacci;

import dev.threadlings.kit.code.LearnerCode;
import dev.threadlings.kit.junit.TodoExtension;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shape the strategies must have, read from their byte code: {@link FibRules}, the very rules the grader
 * applies. A strategy still on its TODO is "not attempted".
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("architecture")
class ArchitectureTest {

    @Test
    @Tag("task:1")
    void sequential_code_uses_no_concurrency() {
        LearnerCode.requireAttempted(() -> {
            try (FibonacciRunner runner = new SequentialFibonacci()) {
                runner.fibs(List.of(5));
            }
        });
        FibRules.sequentialUsesNoConcurrency(SequentialFibonacci.class);
    }

    @Test
    @Tag("task:3")
    void gil_code_never_polls_while_waiting() {
        GlobalInterpreterLock lock = new GlobalInterpreterLock();
        lock.acquire(); // a stub fails here, as "not attempted"
        lock.release();
        FibRules.gilWaitsWithoutPolling(GlobalInterpreterLock.class);
    }

    @Test
    @Tag("task:7")
    void multiprocess_code_starts_workers_with_process_builder() {
        LearnerCode.requireAttempted(() -> {
            try (FibonacciRunner runner = new MultiprocessFibonacci(2)) {
                runner.fibs(List.of(5));
            }
        });
        FibRules.multiprocessStartsProcesses(MultiprocessFibonacci.class);
    }
}
