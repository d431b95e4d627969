package dev.threadlings.sumsquares;

import java.math.BigInteger;
import java.util.List;

/**
 * Computes {@code sum(i * i for i in range(n))} for many {@code n}: the CPU-bound work of exercise 02.
 *
 * <p>The contract every strategy keeps:
 * <ul>
 *   <li>one result per number, in the order of the input list (duplicates included), each computed by
 *       {@link dev.threadlings.kit.kernels.Kernels#sumOfSquares(int)} during this call: no shortcuts, no
 *       caching across calls;</li>
 *   <li>an invalid number (a negative one) makes the whole call throw {@code IllegalArgumentException};</li>
 *   <li>the strategy owns every thread, executor and process it makes: none is left alive after
 *       {@code sumAll} returns, or, for one kept across calls, after {@link #close()}. An executor given
 *       to a strategy belongs to whoever gave it.</li>
 * </ul>
 */
public interface SumOfSquares extends AutoCloseable {

    /**
     * Computes the sum of squares below each number, in input order.
     *
     * @param numbers the numbers; may be empty, may hold duplicates
     * @return one exact result per number, in the order of {@code numbers}
     */
    List<BigInteger> sumAll(List<Integer> numbers);

    /** Releases whatever the strategy keeps across calls; by default it keeps nothing. */
    @Override
    default void close() {
    }
}
