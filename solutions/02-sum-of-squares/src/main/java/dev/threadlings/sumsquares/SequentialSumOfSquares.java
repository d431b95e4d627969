package dev.threadlings.sumsquares;

import dev.threadlings.kit.kernels.Kernels;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Computes one number after another on the calling thread: the baseline every other strategy is measured against. */
public class SequentialSumOfSquares implements SumOfSquares {

    /** Makes the sequential strategy; it keeps nothing across calls. */
    public SequentialSumOfSquares() {
    }

    @Override
    public List<BigInteger> sumAll(List<Integer> numbers) {
        List<BigInteger> results = new ArrayList<>(numbers.size());
        for (int n : numbers) {
            results.add(Kernels.sumOfSquares(n));
        }
        return results;
    }
}
