package dev.threadlings.sumsquares;

import java.math.BigInteger;
import java.util.List;

/**
 * Deals the numbers out to {@code processes} child JVMs: Python's {@code multiprocessing.Pool} lesson,
 * start-up cost included.
 *
 * <p>Number {@code i} goes to worker {@code i % processes} as the line {@code i<TAB>n} on its standard
 * input; the worker answers {@code i<TAB>result} and exits when its standard input ends. No worker
 * outlives the call, also when one of them fails or the calling thread is interrupted.
 */
public class MultiprocessSumOfSquares implements SumOfSquares {

    private final int processes;

    /**
     * Makes a strategy that starts {@code processes} worker JVMs per call.
     *
     * @param processes how many worker processes, at least 1
     */
    public MultiprocessSumOfSquares(int processes) {
        if (processes < 1) {
            throw new IllegalArgumentException("processes must be at least 1, was " + processes);
        }
        this.processes = processes;
    }

    @Override
    public List<BigInteger> sumAll(List<Integer> numbers) {
        throw new UnsupportedOperationException(
                "TODO(sum-of-squares/multiprocess): start " + processes + " SumOfSquaresWorker JVMs with"
                        + " new ProcessBuilder(JavaCommand.forCpuBoundMain(SumOfSquaresWorker.class)), send number"
                        + " i to worker i % processes as the line i<TAB>n, read back i<TAB>result lines, and leave"
                        + " no process alive; see README task 5");
    }
}
