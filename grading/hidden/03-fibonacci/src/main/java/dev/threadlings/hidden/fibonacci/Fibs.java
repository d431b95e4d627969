package dev.threadlings.hidden.fibonacci;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** Checks count, order and every value, with a teaching message. */
    static void assertCorrect(String strategy, List<Integer> ns, List<Long> results) {
        List<Long> want = ns.stream().map(Fibs::expected).toList();
        assertThat(results)
                .as("%s returned %s for positions %s; expected %s (fib(1) = 0, fib(2) = 1, one result per position,"
                        + " in input order)", strategy, results, ns, want)
                .isEqualTo(want);
    }
}
