package dev.threadlings.grader.process;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a test JVM under a time limit: its output goes to a capped log, and it leaves nothing behind.
 *
 * <p>At the limit the JVM's threads are dumped, then it and every process it started are killed.
 * After a normal end, whatever it started and left alive is killed too.
 */
public final class TestJvmRunner {

    private static final Duration SAMPLE_EVERY = Duration.ofMillis(250);
    private static final Duration GRACE = Duration.ofSeconds(2);

    private TestJvmRunner() {
    }

    /**
     * Starts the command and waits for it, at most {@code limit}.
     *
     * @param command the JVM's command line
     * @param workDir its working directory
     * @param log the file its standard output and error go to
     * @param limit how long it may run
     * @return how it ended
     * @throws IOException when it cannot be started
     */
    public static TestJvmOutcome run(List<String> command, Path workDir, Path log, Duration limit) throws IOException {
        return run(command, workDir, log, limit, true, "");
    }

    /**
     * Starts the command, writes {@code input} to its standard input and closes it, and waits for it, at
     * most {@code limit}.
     *
     * @param command the JVM's command line
     * @param workDir its working directory
     * @param log the file its standard output and error go to
     * @param limit how long it may run
     * @param input what it reads on its standard input before it ends
     * @return how it ended
     * @throws IOException when it cannot be started
     */
    public static TestJvmOutcome run(List<String> command, Path workDir, Path log, Duration limit, String input)
            throws IOException {
        return run(command, workDir, log, limit, true, input);
    }

    /**
     * Starts the command and waits for it, at most {@code limit}, with or without a thread dump at the limit.
     *
     * @param command the command line
     * @param workDir its working directory
     * @param log the file its standard output and error go to
     * @param limit how long it may run
     * @param dumpThreads whether to dump its threads at the limit (only a JVM has threads to dump)
     * @param input what it reads on its standard input
     * @return how it ended
     * @throws IOException when it cannot be started
     */
    static TestJvmOutcome run(List<String> command, Path workDir, Path log, Duration limit, boolean dumpThreads,
            String input) throws IOException {
        long start = System.nanoTime();
        boolean ownSession = ProcessTree.sessionsAvailable();
        List<String> started = new ArrayList<>();
        if (ownSession) {
            started.add(ProcessTree.SETSID.toString());
        }
        started.addAll(command);
        Process process = new ProcessBuilder(started).directory(workDir.toFile()).redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // It ended before reading: its outcome says how.
        }
        CappedLog pump = CappedLog.start(process.getInputStream(), log);
        ProcessTree tree = new ProcessTree(process.toHandle(), ownSession);
        long deadline = start + limit.toNanos();
        boolean exited = false;
        try {
            while (!exited && System.nanoTime() < deadline) {
                tree.sample();
                long left = Math.min(SAMPLE_EVERY.toNanos(), Math.max(1, deadline - System.nanoTime()));
                exited = process.waitFor(left, TimeUnit.NANOSECONDS);
            }
            String dump = null;
            if (!exited) {
                dump = dumpThreads ? ThreadDump.take(process.pid(), log) : null;
                tree.kill(GRACE);
                process.waitFor();
            }
            int leftovers = exited ? tree.killLeftovers() : 0;
            pump.join(Duration.ofSeconds(3).toMillis());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new TestJvmOutcome(process.exitValue(), !exited, elapsed, dump, leftovers, pump.dropped());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the test JVM", e);
        } finally {
            if (process.isAlive()) {
                tree.kill(Duration.ZERO);
            }
        }
    }
}
