package dev.threadlings.grader.process;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * is sampled while the JVM runs ({@link #sample()}), and killing reaches every process ever seen. On
 * Linux the JVM is started in a session of its own ({@link #SETSID}), and every process of that session
 * counts as well: an orphan started a moment before its parent died (a process bomb that is being
 * stopped) is found by its session even though no sample saw it.
 */
public final class ProcessTree {

    /** The program that starts a command in a new session, when the machine has it. */
    public static final Path SETSID = Path.of("/usr/bin/setsid");

    private static final Path PROC = Path.of("/proc");

    private final ProcessHandle root;
    private final boolean ownSession;
    private final Set<ProcessHandle> seen = new LinkedHashSet<>();

    /**
     * Watches the tree under {@code root}.
     *
     * @param root the test JVM
     */
    public ProcessTree(ProcessHandle root) {
        this(root, false);
    }

    /**
     * Watches the tree under {@code root}, and its session when it leads one.
     *
     * @param root the test JVM
     * @param ownSession whether {@code root} was started by {@link #SETSID}, so its pid is its session's id
     */
    public ProcessTree(ProcessHandle root, boolean ownSession) {
        this.root = root;
        this.ownSession = ownSession;
    }

    /**
     * Whether commands can be started in a session of their own here.
     *
     * @return whether {@link #SETSID} and {@code /proc} exist
     */
    public static boolean sessionsAvailable() {
        return Files.isExecutable(SETSID) && Files.isDirectory(PROC.resolve("self"));
    }

    /** Remembers the current descendants of the root, and the processes of its session. */
    public synchronized void sample() {
        try {
            root.descendants().forEach(seen::add);
        } catch (RuntimeException e) {
            // The tree changed under us: the next sample sees it.
        }
        if (ownSession) {
            sessionMembers().forEach(seen::add);
        }
    }

    /** The live processes, other than the root, whose session id is the root's pid. */
    private List<ProcessHandle> sessionMembers() {
        List<ProcessHandle> members = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit) || name.equals(Long.toString(root.pid()))) {
                    continue;
                }
                try {
                    String stat = Files.readString(entry.resolve("stat"));
                    // pid (comm) state ppid pgrp session ...: comm may hold spaces and parentheses
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (fields.length > 3 && fields[3].equals(Long.toString(root.pid()))) {
                        ProcessHandle.of(Long.parseLong(name)).ifPresent(members::add);
                    }
                } catch (IOException | RuntimeException e) {
                    // It ended while we looked.
                }
            }
        } catch (IOException e) {
            // No /proc to read: the samples of the tree must do.
        }
        return members;
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
