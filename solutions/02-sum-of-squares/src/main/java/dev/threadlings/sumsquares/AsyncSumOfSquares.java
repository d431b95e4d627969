package dev.threadlings.sumsquares;

import dev.threadlings.kit.kernels.Kernels;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
        List<CompletableFuture<BigInteger>> futures = numbers.stream()
                .map(n -> CompletableFuture.supplyAsync(() -> Kernels.sumOfSquares(n), executor))
                .toList();
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw unwrap(e.getCause());
        }
        return futures.stream().map(CompletableFuture::resultNow).toList();
    }

    /** Returns what the task threw, so that an {@code IllegalArgumentException} surfaces as itself. */
    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("a sum of squares failed", cause);
    }
}
