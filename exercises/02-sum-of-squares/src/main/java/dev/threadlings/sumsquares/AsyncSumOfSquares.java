package dev.threadlings.sumsquares;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Computes each number as a {@code CompletableFuture} on the caller's executor: Python's asyncio lesson.
 *
 * <p>On a one-thread executor every task is in progress "at once" and yet no faster than the sequential
 * loop: concurrency without parallelism does not speed up CPU-bound work. The executor belongs to the
 * caller; this class never shuts it down.
 */
public class AsyncSumOfSquares implements SumOfSquares {

    private final Executor executor;

    /**
     * Makes a strategy that runs its tasks on {@code executor}.
     *
     * @param executor where the tasks run; owned by the caller
     */
    public AsyncSumOfSquares(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public List<BigInteger> sumAll(List<Integer> numbers) {
        throw new UnsupportedOperationException(
                "TODO(sum-of-squares/async): start CompletableFuture.supplyAsync(() -> Kernels.sumOfSquares(n),"
                        + " executor) for each number, wait once with CompletableFuture.allOf, and return the"
                        + " results in input order without shutting the executor down; see README task 3");
    }
}
