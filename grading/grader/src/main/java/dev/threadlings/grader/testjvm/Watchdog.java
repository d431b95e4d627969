package dev.threadlings.grader.testjvm;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * Watches the test JVM for runaways: more platform threads or child processes than any strategy needs.
 * Past a cap it stops the JVM ({@link Stop}), naming the test that ran, before the machine suffers.
 */
final class Watchdog implements Runnable {

    /** The most live platform threads the tests may have; the solutions use well under a hundred. */
    static final int MAX_THREADS = 1000;

    /** The most live child processes the tests may have; the solutions use at most a few. */
    static final int MAX_PROCESSES = 32;

    private static final long EVERY_MILLIS = 50;
    private static final int PROCESSES_EVERY = 4;

    private final Stop stop;
    private final Supplier<String> runningTest;

    Watchdog(Stop stop, Supplier<String> runningTest) {
        this.stop = stop;
        this.runningTest = runningTest;
    }

    /**
     * Starts a watchdog on a daemon thread of the highest priority.
     *
     * @param stop how to stop the JVM
     * @param runningTest the unique id of the graded test now running, or {@code null}
     */
    static void start(Stop stop, Supplier<String> runningTest) {
        Thread thread = new Thread(new Watchdog(stop, runningTest), "threadlings-watchdog");
        thread.setDaemon(true);
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    @Override
    public void run() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (long round = 0; ; round++) {
            int live = threads.getThreadCount();
            if (live > MAX_THREADS) {
                stop.now(runningTest.get(), "a thread bomb", "Stopped: the tests had " + live
                        + " platform threads running (the cap is " + MAX_THREADS + "). Is a strategy starting threads"
                        + " without end, a thread per task with no pool, or a pool that is never shut down? The grader"
                        + " stopped the test JVM.");
            }
            if (round % PROCESSES_EVERY == 0) {
                long children = ProcessHandle.current().descendants().count();
                if (children > MAX_PROCESSES) {
                    stop.now(runningTest.get(), "a process bomb", "Stopped: the tests had " + children
                            + " child processes running (the cap is " + MAX_PROCESSES + "). Is a strategy starting"
                            + " processes without end, or workers that start workers? The grader ended them all and"
                            + " stopped the test JVM.");
                }
            }
            try {
                Thread.sleep(EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
