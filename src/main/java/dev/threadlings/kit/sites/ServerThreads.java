package dev.threadlings.kit.sites;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates, names and remembers every thread of one site server, so that it can recognise them exactly.
 *
 * <p>All of the server's threads come from the factories made here: Jetty's pool (which also runs
 * the acceptors and selectors), the connector's timer and the delayed-response scheduler. A thread
 * is the server's if and only if one of these factories made it; names only help a person reading
 * a thread dump.
 */
final class ServerThreads {

    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final String prefix = "site-server-" + SERVERS.incrementAndGet();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    /** Returns the prefix of every thread name, for example {@code site-server-1}. */
    String prefix() {
        return prefix;
    }

    /**
     * Returns a factory of daemon threads named {@code <prefix>-<role>-<n>}.
     *
     * @param role a short word, for example {@code http}
     */
    ThreadFactory factory(String role) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + role + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            threads.add(thread);
            return thread;
        };
    }

    /** Returns whether one of this server's factories made the thread. */
    boolean contains(Thread thread) {
        return threads.contains(thread);
    }

    /** Returns the server's threads that are still alive. */
    List<Thread> alive() {
        return threads.stream().filter(Thread::isAlive).toList();
    }

    /**
     * Waits until all of the server's threads have ended, or until the timeout.
     *
     * @return the threads still alive at the end
     */
    List<Thread> awaitTermination(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread thread : threads) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                thread.join(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return alive();
    }
}
