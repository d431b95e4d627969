package dev.threadlings.fibonacci;

import java.util.List;

/** One position after another on the calling thread: the lesson's 64.5 s baseline. */
public class SequentialFibonacci implements FibonacciRunner {

    /** Makes the strategy. */
    public SequentialFibonacci() {
    }

    @Override
    public List<Long> fibs(List<Integer> ns) {
        throw new UnsupportedOperationException(
                "TODO(fibonacci/sequential): check every position is 1..92, then call Kernels.fib(n) for each in a"
                        + " plain loop on the calling thread, results in input order; see README task 1");
    }
}
