package dev.threadlings.fibonacci;

import java.util.List;

/**
 * Deals the positions out to {@code processes} child JVMs: the route CPython takes around its interpreter
 * lock. No worker outlives the call, also when one of them fails or the calling thread is interrupted.
 */
public class MultiprocessFibonacci implements FibonacciRunner {

    private final int processes;

    /**
     * Makes a strategy that starts {@code processes} worker JVMs per call.
     *
     * @param processes how many worker processes, at least 1
     */
    public MultiprocessFibonacci(int processes) {
        if (processes < 1) {
            throw new IllegalArgumentException("processes must be at least 1, was " + processes);
        }
        this.processes = processes;
    }

    @Override
    public List<Long> fibs(List<Integer> ns) {
        throw new UnsupportedOperationException(
                "TODO(fibonacci/multiprocess): as in exercise 02, start " + processes + " FibonacciWorker JVMs with"
                        + " JavaCommand.forCpuBoundMain, deal the positions out as i<TAB>n lines, read i<TAB>fib"
                        + " answers; see README task 7");
    }
}
