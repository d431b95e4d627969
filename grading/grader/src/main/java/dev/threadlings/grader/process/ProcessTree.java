package dev.threadlings.grader.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A test JVM and every process it started, remembered as they appear.
 *
 * <p>A child whose parent died is no longer a descendant of anything the grader holds, so the tree
 * is sampled while the JVM runs ({@link #sample()}), and killing reaches every process ever seen.
 */
public final class ProcessTree {

    private final ProcessHandle root;
    private final Set<ProcessHandle> seen = new LinkedHashSet<>();

    /**
     * Watches the tree under {@code root}.
     *
     * @param root the test JVM
     */
    public ProcessTree(ProcessHandle root) {
        this.root = root;
    }

    /** Remembers the current descendants of the root. */
    public synchronized void sample() {
        try {
            root.descendants().forEach(seen::add);
        } catch (RuntimeException e) {
            // The tree changed under us: the next sample sees it.
        }
    }

    /**
     * Kills the root and every process seen under it: {@code destroy()} first, then, for those still
     * alive after {@code grace}, {@code destroyForcibly()}.
     *
     * @param grace how long to wait for a polite end
     * @return how many processes had to be ended (the root included when it was alive)
     */
    public synchronized int kill(Duration grace) {
        sample();
        List<ProcessHandle> all = new ArrayList<>();
        all.add(root);
        all.addAll(seen);
        List<ProcessHandle> alive = all.stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroy);
        waitFor(alive, grace);
        sample();
        List<ProcessHandle> stubborn = new ArrayList<>();
        for (ProcessHandle p : seen) {
            if (p.isAlive()) {
                stubborn.add(p);
            }
        }
        if (root.isAlive()) {
            stubborn.add(root);
        }
        stubborn.forEach(ProcessHandle::destroyForcibly);
        waitFor(stubborn, Duration.ofSeconds(5));
        return alive.size();
    }

    /**
     * Kills what is left of the tree after the root ended by itself.
     *
     * @return how many processes were still alive
     */
    public int killLeftovers() {
        return kill(Duration.ofSeconds(2));
    }

    private static void waitFor(List<ProcessHandle> processes, Duration limit) {
        if (processes.isEmpty()) {
            return;
        }
        CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit)
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // Some are still alive: the caller forces them.
        }
    }
}
