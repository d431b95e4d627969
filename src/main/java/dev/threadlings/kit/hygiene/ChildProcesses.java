package dev.threadlings.kit.hygiene;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches this JVM's child processes: which ones appeared while code ran, and which outlived it.
 *
 * <p>A watcher polls {@link ProcessHandle#descendants()} on a daemon thread of its own, every few
 * milliseconds, from {@link #start()} until {@link #close()}; the processes it saw are the evidence that
 * work ran in other OS processes.
 */
public final class ChildProcesses implements AutoCloseable {

    /** The name of the watcher's own thread, so hygiene checks can ignore it. */
    public static final String WATCHER_THREAD = "threadlings-process-watch";

    private final Map<Long, String> seen = new ConcurrentHashMap<>();
    private final Thread watcher;
    private volatile boolean running = true;

    private ChildProcesses() {
        watcher = Thread.ofPlatform().daemon().name(WATCHER_THREAD).unstarted(this::watch);
    }

    /**
     * Starts watching for child processes.
     *
     * @return a running watcher; close it to stop
     */
    public static ChildProcesses start() {
        ChildProcesses watch = new ChildProcesses();
        watch.record();
        watch.watcher.start();
        return watch;
    }

    private void watch() {
        while (running) {
            record();
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record() {
        ProcessHandle.current().descendants()
                .forEach(p -> seen.putIfAbsent(p.pid(), describe(p)));
    }

    /**
     * How many distinct child processes were seen so far.
     *
     * @return the count of distinct process ids
     */
    public int seen() {
        return seen.size();
    }

    /**
     * Stops watching, after one last look.
     */
    @Override
    public void close() {
        running = false;
        watcher.interrupt();
        try {
            watcher.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        record();
    }

    /**
     * Lists this JVM's descendants still alive, giving them time to exit.
     *
     * @param grace how long to wait for processes that are exiting
     * @return a description (pid and command) of each process still alive after the grace period
     */
    public static List<String> alive(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (true) {
            List<String> alive = ProcessHandle.current().descendants()
                    .filter(ProcessHandle::isAlive).map(ChildProcesses::describe).toList();
            if (alive.isEmpty() || System.nanoTime() > deadline) {
                return alive;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return alive;
            }
        }
    }

    /**
     * Fails when a descendant of this JVM is still alive after the grace period, and ends every one of them either
     * way, so that the next check starts clean.
     *
     * @param grace how long to wait for processes that are exiting
     * @param message what to say, given the processes still alive
     */
    public static void requireNoneAlive(Duration grace, java.util.function.Function<List<String>, String> message) {
        List<String> alive = alive(grace);
        try {
            if (!alive.isEmpty()) {
                throw new AssertionError(message.apply(alive));
            }
        } finally {
            destroyAll();
        }
    }

    /**
     * Ends every descendant of this JVM: politely, then forcibly.
     */
    public static void destroyAll() {
        List<ProcessHandle> children = ProcessHandle.current().descendants().toList();
        children.forEach(ProcessHandle::destroy);
        children.forEach(p -> p.onExit().completeOnTimeout(p, 500, java.util.concurrent.TimeUnit.MILLISECONDS).join());
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static String describe(ProcessHandle process) {
        String command = process.info().commandLine().orElse(process.info().command().orElse("?"));
        if (command.length() > 120) {
            command = command.substring(0, 60) + " … " + command.substring(command.length() - 50);
        }
        return "pid " + process.pid() + " (" + command + ")";
    }
}
