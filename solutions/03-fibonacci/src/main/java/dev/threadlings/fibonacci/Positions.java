package dev.threadlings.fibonacci;

import java.util.List;

/** Checks a list of positions before any work starts, as the contract asks. */
final class Positions {

    private Positions() {
    }

    static void check(List<Integer> ns) {
        for (int n : ns) {
            if (n < 1 || n > 92) {
                throw new IllegalArgumentException("n must be between 1 and 92, was " + n);
            }
        }
    }
}
