package dev.threadlings.sumsquares;

import java.math.BigInteger;
import java.util.List;

/**
 * Splits the list in halves until one number is left and computes the halves in parallel on the common
 * fork/join pool; the calling thread works too.
 */
public class ForkJoinSumOfSquares implements SumOfSquares {

    /** Makes the fork/join strategy; it uses the common pool, which it does not own. */
    public ForkJoinSumOfSquares() {
    }

    @Override
    public List<BigInteger> sumAll(List<Integer> numbers) {
        throw new UnsupportedOperationException(
                "TODO(sum-of-squares/fork-join): compute Kernels.sumOfSquares(n) for every number on the common"
                        + " ForkJoinPool (a RecursiveTask that splits the list, or a parallel stream) and return"
                        + " the results in input order; see README task 4");
    }
}
