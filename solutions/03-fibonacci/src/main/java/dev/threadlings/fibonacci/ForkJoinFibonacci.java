package dev.threadlings.fibonacci;

import dev.threadlings.kit.kernels.Kernels;
import java.util.ArrayList;
import java.util.List;
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
        // invokeAll on the calling thread: it works too, beside the common pool's cores - 1 workers.
        ForkJoinTask.invokeAll(tasks);
        return tasks.stream().map(ForkJoinTask::join).toList();
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
