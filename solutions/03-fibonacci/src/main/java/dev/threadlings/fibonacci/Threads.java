package dev.threadlings.fibonacci;

import java.util.List;
import java.util.concurrent.CancellationException;

/** Joining the threads of a call, and reporting the first failure, for the thread-per-task strategies. */
final class Threads {

    private Threads() {
    }

    /** Waits for every thread; an interrupt ends the wait with a {@link CancellationException}. */
    static void joinAll(List<Thread> threads) {
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the Fibonacci threads");
        }
    }

    /** Throws the first failure a thread recorded, if any. */
    static void throwFirst(RuntimeException[] failures) {
        for (RuntimeException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
    }
}
