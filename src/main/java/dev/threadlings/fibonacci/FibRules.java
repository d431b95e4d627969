package dev.threadlings.fibonacci;

import dev.threadlings.kit.code.LearnerCode;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.BaseStream;

/**
 * The shape the strategies of exercise 03 must have, read from their byte code (nested classes, lambdas and
 * method references included). The learner's architecture checks and the grader's hidden ones apply these same
 * rules: the rules are no secret. Each throws an {@link AssertionError} that says what it found.
 */
public final class FibRules {

    private FibRules() {
    }

    /**
     * The baseline computes one position after another on the calling thread.
     *
     * @param sequential the learner's {@code SequentialFibonacci}
     */
    public static void sequentialUsesNoConcurrency(Class<?> sequential) {
        List<String> found = LearnerCode.of(sequential).accesses(LearnerCode.toPackage("java.util.concurrent")
                .or(LearnerCode.to(Thread.class))
                .or(LearnerCode.to(Collection.class, "parallelStream"))
                .or(LearnerCode.to(BaseStream.class, "parallel")));
        require(found.isEmpty(), "SequentialFibonacci is the baseline: one position after another on the calling"
                + " thread. Found: " + found);
    }

    /**
     * The GIL's waiters sleep until they are woken, and never poll. What a waiter parks on is open (a Condition, a
     * monitor, a fair Semaphore, LockSupport.park); polling is what the measured checks cannot see: a waiter that
     * sleeps a millisecond and looks again uses little CPU, yet wakes late and by chance.
     *
     * @param lock the learner's {@code GlobalInterpreterLock}
     */
    public static void gilWaitsWithoutPolling(Class<?> lock) {
        List<String> polls = LearnerCode.of(lock).accesses(LearnerCode.to(Thread.class, "sleep", "yield", "onSpinWait")
                .or(LearnerCode.to(TimeUnit.class, "sleep"))
                .or(LearnerCode.to(LockSupport.class, "parkNanos", "parkUntil")));
        require(polls.isEmpty(), "GlobalInterpreterLock polls: " + polls + ". A waiting thread must sleep until it"
                + " is woken when the lock is its (a Condition's await() with signalAll(), wait() with notifyAll(), a"
                + " fair Semaphore, LockSupport.park() with unpark()), not sleep a while and look again: it would wake"
                + " late and in no fair order, or spin and burn the core the holder needs.");
    }

    /**
     * The multiprocess strategy starts its worker JVMs itself, with a {@link ProcessBuilder}.
     *
     * @param multiprocess the learner's {@code MultiprocessFibonacci}
     */
    public static void multiprocessStartsProcesses(Class<?> multiprocess) {
        List<String> starts = LearnerCode.of(multiprocess).accesses(LearnerCode.to(ProcessBuilder.class, "start",
                "startPipeline"));
        require(!starts.isEmpty(), "MultiprocessFibonacci must start its worker JVMs itself, with"
                + " new ProcessBuilder(JavaCommand.forCpuBoundMain(FibonacciWorker.class)).start().");
    }

    private static void require(boolean holds, String message) {
        if (!holds) {
            throw new AssertionError(message);
        }
    }
}
