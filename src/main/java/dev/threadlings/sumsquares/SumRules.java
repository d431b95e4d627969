package dev.threadlings.sumsquares;

import dev.threadlings.kit.code.LearnerCode;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.BaseStream;

/**
 * The shape each strategy of exercise 02 must have, read from its byte code (nested classes, lambdas and method
 * references included). The learner's architecture checks and the grader's hidden ones apply these same rules:
 * the rules are no secret. Each throws an {@link AssertionError} that says what it found, and where.
 */
public final class SumRules {

    private SumRules() {
    }

    /**
     * The baseline does one number after another on the calling thread.
     *
     * @param sequential the learner's {@code SequentialSumOfSquares}
     */
    public static void sequentialUsesNoConcurrency(Class<?> sequential) {
        List<String> found = LearnerCode.of(sequential).accesses(LearnerCode.toPackage("java.util.concurrent")
                .or(LearnerCode.to(Thread.class))
                .or(LearnerCode.to(Collection.class, "parallelStream"))
                .or(LearnerCode.to(BaseStream.class, "parallel")));
        require(found.isEmpty(), "SequentialSumOfSquares is the baseline the others are measured against: one"
                + " number after another on the calling thread, with no threads, executors, futures or parallel"
                + " streams. Found: " + found);
    }

    /**
     * The async strategy runs on the executor it is given and makes none of its own.
     *
     * @param async the learner's {@code AsyncSumOfSquares}
     */
    public static void asyncUsesTheGivenExecutor(Class<?> async) {
        List<String> found = LearnerCode.of(async).accesses(LearnerCode.to(Executors.class)
                .or(LearnerCode.to(Thread.class))
                .or(LearnerCode.to(ExecutorService.class, "<init>")));
        require(found.isEmpty(), "AsyncSumOfSquares must run its work on the Executor passed to its constructor"
                + " (supplyAsync(..., executor)), not on threads or pools of its own: who gives the executor decides"
                + " how parallel it is. Found: " + found);
    }

    /**
     * The multiprocess strategy starts its worker JVMs itself, with a {@link ProcessBuilder}.
     *
     * @param multiprocess the learner's {@code MultiprocessSumOfSquares}
     */
    public static void multiprocessStartsProcesses(Class<?> multiprocess) {
        List<String> starts = LearnerCode.of(multiprocess).accesses(LearnerCode.to(ProcessBuilder.class, "start",
                "startPipeline"));
        require(!starts.isEmpty(), "MultiprocessSumOfSquares must start its worker JVMs itself, with"
                + " new ProcessBuilder(JavaCommand.forCpuBoundMain(SumOfSquaresWorker.class)).start().");
    }

    private static void require(boolean holds, String message) {
        if (!holds) {
            throw new AssertionError(message);
        }
    }
}
