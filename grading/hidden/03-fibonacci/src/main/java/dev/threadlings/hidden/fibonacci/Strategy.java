package dev.threadlings.hidden.fibonacci;

import dev.threadlings.fibonacci.EventLoopFibonacci;
import dev.threadlings.fibonacci.FibonacciRunner;
import dev.threadlings.fibonacci.ForkJoinFibonacci;
import dev.threadlings.fibonacci.GilFibonacci;
import dev.threadlings.fibonacci.GlobalInterpreterLock;
import dev.threadlings.fibonacci.InterpreterLock;
import dev.threadlings.fibonacci.MultiprocessFibonacci;
import dev.threadlings.fibonacci.SequentialFibonacci;
import dev.threadlings.fibonacci.ThreadPerTaskFibonacci;
import dev.threadlings.kit.code.FreshClasses;

/** The strategies of exercise 03 as the hidden tests make them, with the README task each one is. */
enum Strategy {
    SEQUENTIAL("SequentialFibonacci", "kernel", 1),
    THREAD_PER_TASK("ThreadPerTaskFibonacci", "kernel", 2),
    GIL("GilFibonacci(new GlobalInterpreterLock())", "interpreted", 4),
    EVENT_LOOP("EventLoopFibonacci", "kernel", 5),
    FORK_JOIN("ForkJoinFibonacci", "split", 6),
    MULTIPROCESS("MultiprocessFibonacci(2)", "kernel", 7);

    private final String className;
    private final String kernel;
    private final int task;

    Strategy(String className, String kernel, int task) {
        this.className = className;
        this.kernel = kernel;
        this.task = task;
    }

    /** Makes the strategy; the GIL strategy gets the learner's lock with CPython's switch interval. */
    FibonacciRunner create() {
        return switch (this) {
            case SEQUENTIAL -> new SequentialFibonacci();
            case THREAD_PER_TASK -> new ThreadPerTaskFibonacci();
            case GIL -> new GilFibonacci(new GlobalInterpreterLock());
            case EVENT_LOOP -> new EventLoopFibonacci();
            case FORK_JOIN -> new ForkJoinFibonacci();
            case MULTIPROCESS -> new MultiprocessFibonacci(2);
        };
    }

    /** Makes the strategy from a fresh copy of the learner's classes (see {@link FreshClasses}). */
    FibonacciRunner createFresh() {
        return switch (this) {
            case SEQUENTIAL -> FreshClasses.create(FibonacciRunner.class, SequentialFibonacci.class);
            case THREAD_PER_TASK -> FreshClasses.create(FibonacciRunner.class, ThreadPerTaskFibonacci.class);
            case GIL -> FreshClasses.create(FibonacciRunner.class, GilFibonacci.class,
                    FreshClasses.create(InterpreterLock.class, GlobalInterpreterLock.class));
            case EVENT_LOOP -> FreshClasses.create(FibonacciRunner.class, EventLoopFibonacci.class);
            case FORK_JOIN -> FreshClasses.create(FibonacciRunner.class, ForkJoinFibonacci.class);
            case MULTIPROCESS -> FreshClasses.create(FibonacciRunner.class, MultiprocessFibonacci.class, 2);
        };
    }

    /** The strategy as messages name it. */
    String className() {
        return className;
    }

    /**
     * Which kernel it must call once per position: {@code "kernel"} ({@code Kernels.fib}), {@code
     * "interpreted"} ({@code Kernels.interpretedFib}), or {@code "split"} (fork/join: the kernel on
     * smaller positions, added up).
     */
    String kernel() {
        return kernel;
    }

    /** The README task that asks for this strategy. */
    int task() {
        return task;
    }
}
