package dev.threadlings.hidden.sumsquares;

import dev.threadlings.kit.code.FreshClasses;
import dev.threadlings.sumsquares.AsyncSumOfSquares;
import dev.threadlings.sumsquares.ForkJoinSumOfSquares;
import dev.threadlings.sumsquares.MultiprocessSumOfSquares;
import dev.threadlings.sumsquares.SequentialSumOfSquares;
import dev.threadlings.sumsquares.SumOfSquares;
import dev.threadlings.sumsquares.ThreadedSumOfSquares;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The strategies of exercise 02 as the hidden tests make them, with the README task each one is.
 *
 * <p>{@code size} is the thread count, the async executor's pool size, or the process count, and is
 * ignored by the others. The async strategy's executor belongs to the test: closing the made strategy
 * closes it too.
 */
enum Strategy {
    SEQUENTIAL("SequentialSumOfSquares", 1),
    THREADED("ThreadedSumOfSquares", 2),
    ASYNC("AsyncSumOfSquares", 3),
    FORK_JOIN("ForkJoinSumOfSquares", 4),
    MULTIPROCESS("MultiprocessSumOfSquares", 5);

    private final String className;
    private final int task;

    Strategy(String className, int task) {
        this.className = className;
        this.task = task;
    }

    /** Makes the strategy with the given size. */
    SumOfSquares create(int size) {
        return switch (this) {
            case SEQUENTIAL -> new SequentialSumOfSquares();
            case THREADED -> new ThreadedSumOfSquares(size);
            case FORK_JOIN -> new ForkJoinSumOfSquares();
            case MULTIPROCESS -> new MultiprocessSumOfSquares(size);
            case ASYNC -> {
                ExecutorService executor = Executors.newFixedThreadPool(size);
                SumOfSquares strategy = new AsyncSumOfSquares(executor);
                yield new SumOfSquares() {
                    @Override
                    public List<BigInteger> sumAll(List<Integer> numbers) {
                        return strategy.sumAll(numbers);
                    }

                    @Override
                    public void close() {
                        try (executor) {
                            strategy.close();
                        }
                    }
                };
            }
        };
    }

    /**
     * Makes the strategy from a fresh copy of the learner's classes (see {@link FreshClasses}): sequential,
     * threaded, fork/join or multiprocess.
     */
    SumOfSquares createFresh(int size) {
        return switch (this) {
            case SEQUENTIAL -> FreshClasses.create(SumOfSquares.class, SequentialSumOfSquares.class);
            case THREADED -> FreshClasses.create(SumOfSquares.class, ThreadedSumOfSquares.class, size);
            case FORK_JOIN -> FreshClasses.create(SumOfSquares.class, ForkJoinSumOfSquares.class);
            case MULTIPROCESS -> FreshClasses.create(SumOfSquares.class, MultiprocessSumOfSquares.class, size);
            case ASYNC -> throw new UnsupportedOperationException("the async strategy is given its executor");
        };
    }

    /** The learner's class name, as messages show it. */
    String className() {
        return className;
    }

    /** The README task that asks for this strategy. */
    int task() {
        return task;
    }
}
