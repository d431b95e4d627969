package dev.threadlings.fibonacci;

import dev.threadlings.kit.kernels.Kernels;
import java.util.ArrayList;
import java.util.List;

/** One position after another on the calling thread: the lesson's 64.5 s baseline. */
public class SequentialFibonacci implements FibonacciRunner {

    /** Makes the strategy. */
    public SequentialFibonacci() {
    }

    @Override
    public List<Long> fibs(List<Integer> ns) {
        Positions.check(ns);
        List<Long> results = new ArrayList<>(ns.size());
        for (int n : ns) {
            results.add(Kernels.fib(n));
        }
        return results;
    }
}
