package dev.threadlings.fibonacci;

import java.util.List;

/**
 * The lesson's threads as CPython runs them: one thread per position, each holding the interpreter lock
 * while it computes with the interpreted kernel.
 */
public class GilFibonacci implements FibonacciRunner {

    private final InterpreterLock lock;

    /**
     * Makes the strategy around an interpreter lock.
     *
     * @param lock the lock every thread must hold to compute
     */
    public GilFibonacci(InterpreterLock lock) {
        this.lock = java.util.Objects.requireNonNull(lock, "lock");
    }

    @Override
    public List<Long> fibs(List<Integer> ns) {
        throw new UnsupportedOperationException(
                "TODO(fibonacci/gil-threads): like ThreadPerTaskFibonacci, but each thread does lock.acquire(),"
                        + " then Kernels.interpretedFib(n, lock), then lock.release() in a finally; see README task 4");
    }
}
