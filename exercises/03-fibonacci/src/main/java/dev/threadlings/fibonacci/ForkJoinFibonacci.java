package dev.threadlings.fibonacci;

import java.util.List;

/**
 * Splits each fib(n) into fib(n - 1) + fib(n - 2) as fork/join tasks, down to a threshold below which the
 * kernel computes the rest, so the unequal pair fib(40), fib(41) keeps every core busy to the end.
 */
public class ForkJoinFibonacci implements FibonacciRunner {

    /** Below this position a task computes with the kernel instead of splitting. */
    public static final int THRESHOLD = 30;

    /** Makes the strategy. */
    public ForkJoinFibonacci() {
    }

    @Override
    public List<Long> fibs(List<Integer> ns) {
        throw new UnsupportedOperationException(
                "TODO(fibonacci/fork-join): a RecursiveTask<Long> that returns Kernels.fib(n) when n <= THRESHOLD"
                        + " and otherwise forks fib(n - 2) and computes fib(n - 1); invoke one per position in a"
                        + " ForkJoinPool of your own; see README task 6");
    }
}
