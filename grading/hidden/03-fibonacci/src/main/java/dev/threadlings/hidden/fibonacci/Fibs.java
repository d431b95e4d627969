package dev.threadlings.hidden.fibonacci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.fibonacci.FibonacciRunner;
import dev.threadlings.kit.kernels.KernelCall;
import dev.threadlings.kit.kernels.KernelLog;
import java.util.List;

/** Expected Fibonacci numbers, and one recorded run of a strategy. */
final class Fibs {

    private Fibs() {
    }

    /** fib(n) by iteration, the tests' own check: fib(1) = 0, fib(2) = 1. */
    static long expected(int n) {
        long a = 0;
        long b = 1;
        for (int i = 1; i < n; i++) {
            long next = a + b;
            a = b;
            b = next;
        }
        return a;
    }

    /** What one call did: its results and the kernel calls it made, here and in child processes. */
    record Run(List<Long> results, List<KernelCall> calls) {
    }

    /** Runs the strategy once while recording kernel calls. */
    static Run record(FibonacciRunner strategy, List<Integer> ns) {
        try (KernelLog.Recording recording = KernelLog.start()) {
            List<Long> results = strategy.fibs(ns);
            return new Run(results, recording.calls());
        }
    }

    /** Checks count, order and every value, with a teaching message. */
    static void assertCorrect(String strategy, List<Integer> ns, List<Long> results) {
        List<Long> want = ns.stream().map(Fibs::expected).toList();
        assertThat(results)
                .as("%s returned %s for positions %s; expected %s (fib(1) = 0, fib(2) = 1, one result per position,"
                        + " in input order)", strategy, results, ns, want)
                .isEqualTo(want);
    }
}
