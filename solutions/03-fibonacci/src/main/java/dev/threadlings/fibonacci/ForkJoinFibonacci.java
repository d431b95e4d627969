package dev.threadlings.fibonacci;

import dev.threadlings.kit.kernels.Kernels;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveTask;

/**
 * Splits each fib(n) into fib(n - 1) + fib(n - 2) as fork/join tasks, down to a threshold below which the
 * kernel computes the rest. Unlike thread per task, the unequal pair fib(40), fib(41) then keeps every core
 * busy until the end: the work is cut into many pieces, so no single piece is the critical path.
 */
public class ForkJoinFibonacci implements FibonacciRunner {

    /** Below this position a task computes with the kernel instead of splitting: fib(30) takes about 2 ms. */
    public static final int THRESHOLD = 30;

    /** Makes the strategy. */
    public ForkJoinFibonacci() {
    }

    @Override
    public List<Long> fibs(List<Integer> ns) {
        Positions.check(ns);
        List<Fib> tasks = new ArrayList<>(ns.size());
        for (int n : ns) {
            tasks.add(new Fib(n));
        }
        // A pool of its own, one worker per core: the common pool has one worker fewer than the cores,
        // counting on the caller to help, and a caller outside the pool helps only now and then
        // (fib(40) and fib(41) on two cores: 1.6x in the common pool, 2.0x here).
        try (ForkJoinPool pool = new ForkJoinPool()) {
            return pool.invoke(new RecursiveTask<List<Long>>() {
                @Override
                protected List<Long> compute() {
                    ForkJoinTask.invokeAll(tasks);
                    return tasks.stream().map(ForkJoinTask::join).toList();
                }
            });
        }
    }

    private static final class Fib extends RecursiveTask<Long> {

        private final int n;

        Fib(int n) {
            this.n = n;
        }

        @Override
        protected Long compute() {
            if (n <= THRESHOLD) {
                return Kernels.fib(n);
            }
            Fib smaller = new Fib(n - 2);
            smaller.fork();
            long larger = new Fib(n - 1).compute();
            return larger + smaller.join();
        }
    }
}
