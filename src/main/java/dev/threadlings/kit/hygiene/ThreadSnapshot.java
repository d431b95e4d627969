package dev.threadlings.kit.hygiene;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The platform threads alive at one moment, to find the threads a piece of code left behind.
 *
 * <p>The JVM's own infrastructure threads (the process reaper, the common pool, the virtual-thread
 * scheduler and pollers, the cleaner) are never counted as leaks: they belong to the JDK and live on
 * by design. Virtual threads are not listed by the JVM and so are not counted.
 */
public final class ThreadSnapshot {

    private static final Set<String> JDK_THREAD_NAMES = Set.of(
            "process reaper", "Common-Cleaner", "Attach Listener", "Signal Dispatcher", "Reference Handler",
            "Finalizer", "Notification Thread", "Read-Poller", "Write-Poller", "VirtualThread-unparker",
            "DestroyJavaVM", "JFR Periodic Tasks", "JFR Recorder Thread", "JFR Shutdown Hook");

    private static final Set<String> JDK_THREAD_CLASSES = Set.of(
            "jdk.internal.misc.CarrierThread",
            "java.util.concurrent.ForkJoinWorkerThread$InnocuousForkJoinWorkerThread",
            "jdk.internal.misc.InnocuousThread");

    private final Set<Thread> threads;

    private ThreadSnapshot(Set<Thread> threads) {
        this.threads = threads;
    }

    /**
     * Takes a snapshot of the live platform threads.
     *
     * @return the snapshot
     */
    public static ThreadSnapshot take() {
        return new ThreadSnapshot(Collections.unmodifiableSet(new HashSet<>(liveThreads())));
    }

    /**
     * The live platform threads, listed without their stacks: {@link Thread#getAllStackTraces()} would make
     * garbage at every look, and a garbage collection during the grace period ends the selector thread of an
     * {@code HttpClient} that was never closed (it notices that its client is gone), hiding that very leak.
     */
    private static List<Thread> liveThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int count = root.enumerate(threads, true);
        while (count == threads.length) {
            threads = new Thread[threads.length * 2];
            count = root.enumerate(threads, true);
        }
        return Arrays.asList(threads).subList(0, count);
    }

    /**
     * Tells whether a thread is part of the JDK's own machinery.
     *
     * @param thread a live thread
     * @return {@code true} for the reaper, the common pool, carriers, pollers and similar
     */
    public static boolean isJdkThread(Thread thread) {
        String name = thread.getName();
        return JDK_THREAD_NAMES.contains(name)
                || name.startsWith("ForkJoinPool.commonPool-worker")
                || JDK_THREAD_CLASSES.contains(thread.getClass().getName());
    }

    /**
     * Finds the threads started since this snapshot that are still alive, giving them time to end.
     *
     * @param ignore threads that are not the code's own (a server's threads, the test's helpers)
     * @param grace how long to wait for threads that are shutting down
     * @return the names of the threads still alive after the grace period, sorted
     */
    public List<String> leakedSince(Predicate<Thread> ignore, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (true) {
            List<Thread> leaked = liveThreads().stream()
                    .filter(t -> !threads.contains(t) && t.isAlive() && !isJdkThread(t) && !ignore.test(t))
                    .toList();
            if (leaked.isEmpty() || System.nanoTime() > deadline) {
                return leaked.stream().map(Thread::getName).sorted().collect(Collectors.toList());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return leaked.stream().map(Thread::getName).sorted().collect(Collectors.toList());
            }
        }
    }
}
