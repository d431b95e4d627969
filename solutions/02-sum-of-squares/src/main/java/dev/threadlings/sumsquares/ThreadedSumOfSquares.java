package dev.threadlings.sumsquares;

import dev.threadlings.kit.kernels.Kernels;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Computes the numbers on a fixed pool of {@code threads} platform threads: in Java, unlike CPython,
 * threads run CPU-bound work on several cores at once.
 */
public class ThreadedSumOfSquares implements SumOfSquares {

    private final int threads;

    /**
     * Makes a strategy that runs each call on a pool of {@code threads} threads of its own.
     *
     * @param threads the pool's size, at least 1
     */
    public ThreadedSumOfSquares(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    @Override
    public List<BigInteger> sumAll(List<Integer> numbers) {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<BigInteger>> futures = new ArrayList<>(numbers.size());
            for (int n : numbers) {
                futures.add(pool.submit(() -> Kernels.sumOfSquares(n)));
            }
            List<BigInteger> results = new ArrayList<>(numbers.size());
            try {
                for (Future<BigInteger> future : futures) {
                    results.add(future.get());
                }
            } catch (ExecutionException e) {
                futures.forEach(f -> f.cancel(false)); // do not start what is still queued
                throw unwrap(e.getCause());
            } catch (InterruptedException e) {
                futures.forEach(f -> f.cancel(true));
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the sums", e);
            }
            return results;
        }
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
