package dev.threadlings.grader.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies a process's output into a file, up to a cap, and keeps draining it after, so a chatty
 * process never blocks on a full pipe.
 */
public final class CappedLog implements Runnable {

    /** The default cap: 4 MiB. */
    public static final long DEFAULT_CAP = 4L << 20;

    private final InputStream in;
    private final Path file;
    private final long cap;
    private volatile long dropped;
    private Thread thread;

    /**
     * Makes a pump; start it on a thread of its own.
     *
     * @param in the process's output
     * @param file the log file
     * @param cap how many bytes to keep
     */
    public CappedLog(InputStream in, Path file, long cap) {
        this.in = in;
        this.file = file;
        this.cap = cap;
    }

    /**
     * Starts the pump on a daemon thread.
     *
     * @param in the process's output
     * @param file the log file
     * @return the running pump
     */
    public static CappedLog start(InputStream in, Path file) {
        CappedLog log = new CappedLog(in, file, DEFAULT_CAP);
        log.thread = new Thread(log, "grader-log-" + file.getFileName());
        log.thread.setDaemon(true);
        log.thread.start();
        return log;
    }

    /**
     * Waits for the output to end, at most {@code millis}.
     *
     * @param millis how long to wait
     * @throws InterruptedException when interrupted
     */
    public void join(long millis) throws InterruptedException {
        thread.join(millis);
    }

    /**
     * How many bytes went past the cap and were dropped.
     *
     * @return the count so far
     */
    public long dropped() {
        return dropped;
    }

    @Override
    public void run() {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[8192];
            long kept = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                int keep = (int) Math.max(0, Math.min(n, cap - kept));
                if (keep > 0) {
                    out.write(buffer, 0, keep);
                    out.flush();
                    kept += keep;
                }
                if (keep < n) {
                    if (dropped == 0) {
                        out.write(("\n[grader] log cut at " + cap + " bytes\n").getBytes(StandardCharsets.UTF_8));
                        out.flush();
                    }
                    dropped += n - keep;
                }
            }
        } catch (IOException e) {
            // The process is gone or the pipe closed: what was written is kept.
        }
    }
}
