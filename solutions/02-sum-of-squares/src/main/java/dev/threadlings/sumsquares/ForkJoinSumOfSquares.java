package dev.threadlings.sumsquares;

import dev.threadlings.kit.kernels.Kernels;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.RecursiveAction;

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
        BigInteger[] results = new BigInteger[numbers.size()];
        if (results.length > 0) {
            // invoke() on the task runs it on this thread, which forks halves into the common pool and
            // works on the rest itself; commonPool().invoke(task) would leave this thread only waiting,
            // and the common pool has just cores - 1 workers (1 on two cores).
            new Split(numbers, results, 0, results.length).invoke();
        }
        return Arrays.asList(results);
    }

    /** Computes {@code results[from..to)}: one number directly, more by forking the two halves. */
    private static final class Split extends RecursiveAction {

        private final List<Integer> numbers;
        private final BigInteger[] results;
        private final int from;
        private final int to;

        Split(List<Integer> numbers, BigInteger[] results, int from, int to) {
            this.numbers = numbers;
            this.results = results;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                results[from] = Kernels.sumOfSquares(numbers.get(from));
                return;
            }
            int middle = (from + to) >>> 1;
            invokeAll(new Split(numbers, results, from, middle), new Split(numbers, results, middle, to));
        }
    }
}
