package dev.threadlings.fibonacci;

import java.util.List;

/**
 * One platform thread per position, all started, then all joined: the lesson's threading code. It can be
 * no faster than its longest task.
 */
public class ThreadPerTaskFibonacci implements FibonacciRunner {

    /** Makes the strategy. */
    public ThreadPerTaskFibonacci() {
    }

    @Override
    public List<Long> fibs(List<Integer> ns) {
        throw new UnsupportedOperationException(
                "TODO(fibonacci/thread-per-task): start one platform thread per position that computes"
                        + " Kernels.fib(n) into its slot, start them all, then join them all; see README task 2");
    }
}
