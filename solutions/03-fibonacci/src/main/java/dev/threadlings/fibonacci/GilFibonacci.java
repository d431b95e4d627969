package dev.threadlings.fibonacci;

import dev.threadlings.kit.kernels.Kernels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lesson's threads as CPython runs them: one thread per position, each holding the interpreter lock
 * while it computes with the interpreted kernel, which offers the lock to a waiting thread at its
 * checkpoints. Two threads really exist and take turns; they never compute at the same moment.
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
        Positions.check(ns);
        Long[] results = new Long[ns.size()];
        RuntimeException[] failures = new RuntimeException[ns.size()];
        List<Thread> threads = new ArrayList<>(ns.size());
        for (int i = 0; i < ns.size(); i++) {
            int index = i;
            threads.add(Thread.ofPlatform().name("gil-fib-" + ns.get(i)).start(() -> {
                lock.acquire();
                try {
                    results[index] = Kernels.interpretedFib(ns.get(index), lock);
                } catch (RuntimeException e) {
                    failures[index] = e;
                } finally {
                    lock.release();
                }
            }));
        }
        Threads.joinAll(threads);
        Threads.throwFirst(failures);
        return Arrays.asList(results);
    }
}
