package dev.threadlings.sumsquares;

import java.math.BigInteger;
import java.util.List;

/** Computes one number after another on the calling thread: the baseline every other strategy is measured against. */
public class SequentialSumOfSquares implements SumOfSquares {

    /** Makes the sequential strategy; it keeps nothing across calls. */
    public SequentialSumOfSquares() {
    }

    @Override
    public List<BigInteger> sumAll(List<Integer> numbers) {
        throw new UnsupportedOperationException(
                "TODO(sum-of-squares/sequential): call Kernels.sumOfSquares(n) for each number in a plain loop on"
                        + " the calling thread and return the results in input order; see README task 1");
    }
}
