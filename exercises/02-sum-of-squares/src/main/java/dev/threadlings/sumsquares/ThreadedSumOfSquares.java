package dev.threadlings.sumsquares;

import java.math.BigInteger;
import java.util.List;

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
        throw new UnsupportedOperationException(
                "TODO(sum-of-squares/threaded): submit one Kernels.sumOfSquares(n) task per number to a fixed pool"
                        + " of `threads` (" + threads + ") threads, collect the results in input order and close"
                        + " the pool before returning; see README task 2");
    }
}
