package dev.threadlings.kit.kernels;

import java.math.BigInteger;

/**
 * The kit's CPU-bound kernels: real work, done by real loops, recorded in the {@link KernelLog}.
 *
 * <p>Strategies must call these for every number they are given: the tests read the log to see which
 * thread or process did each call and when, and a strategy that skips a kernel, caches its results
 * across calls or hard-codes answers shows up there as missing calls.
 */
public final class Kernels {

    private Kernels() {
    }

    /**
     * Computes {@code sum(i * i for i in range(n))} exactly, by a loop over every {@code i}, as Python does.
     *
     * <p>The result outgrows a {@code long} near {@code n = 3,037,000} (the sum is about {@code n³ / 3}):
     * for {@code n = 5,000,000} it is 41,666,654,166,667,500,000, while {@code Long.MAX_VALUE} is about
     * 9.2 × 10¹⁸. So the loop adds the squares in a {@code long} and moves the running total into a
     * {@link BigInteger} just before it would overflow: exact, and nearly as fast as a plain {@code long}.
     *
     * @param n how many squares to add, from {@code 0 * 0} to {@code (n - 1) * (n - 1)}; not negative
     * @return the exact sum
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public static BigInteger sumOfSquares(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        long start = System.nanoTime();
        BigInteger total = BigInteger.ZERO;
        long partial = 0;
        for (long i = 0; i < n; i++) {
            long square = i * i;
            if (partial > Long.MAX_VALUE - square) {
                total = total.add(BigInteger.valueOf(partial));
                partial = 0;
            }
            partial += square;
        }
        total = total.add(BigInteger.valueOf(partial));
        KernelLog.record("sumOfSquares", n, start, System.nanoTime());
        return total;
    }
}
