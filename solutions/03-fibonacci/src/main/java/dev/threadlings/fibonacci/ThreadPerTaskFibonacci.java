package dev.threadlings.fibonacci;

import dev.threadlings.kit.kernels.Kernels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One platform thread per position, all started, then all joined: the lesson's threading code. It can be
 * no faster than its longest task: fib(41) alone takes 1.6 times fib(40).
 */
public class ThreadPerTaskFibonacci implements FibonacciRunner {

    /** Makes the strategy. */
    public ThreadPerTaskFibonacci() {
    }

    @Override
    public List<Long> fibs(List<Integer> ns) {
        Positions.check(ns);
        Long[] results = new Long[ns.size()];
        RuntimeException[] failures = new RuntimeException[ns.size()];
        List<Thread> threads = new ArrayList<>(ns.size());
        for (int i = 0; i < ns.size(); i++) {
            int index = i;
            threads.add(Thread.ofPlatform().name("fib-" + ns.get(i)).start(() -> {
                try {
                    results[index] = Kernels.fib(ns.get(index));
                } catch (RuntimeException e) {
                    failures[index] = e;
                }
            }));
        }
        Threads.joinAll(threads);
        Threads.throwFirst(failures);
        return Arrays.asList(results);
    }
}
