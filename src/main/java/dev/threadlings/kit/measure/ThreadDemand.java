package dev.threadlings.kit.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How long the calling thread wanted a core: the CPU time it got plus the time it waited in the kernel's run
 * queue for one, from Linux's {@code /proc/thread-self/schedstat}.
 *
 * <p>CPU time alone tells a spinning thread from a sleeping one only on a free machine: a thread that loops
 * checking a lock on cores shared by ten others gets a tenth of a core, as little CPU as a sleeper that woke a few
 * times. Its demand does not shrink: whatever the load, a spinning thread is always running or queued for a core,
 * and a sleeping one is neither. Where the kernel gives no such figures (not Linux, or scheduler statistics
 * switched off) {@link #now()} is empty and a check falls back on CPU time.
 *
 * @param cpuNanos the CPU time the thread has used
 * @param queuedNanos the time it spent ready to run, waiting for a core
 */
public record ThreadDemand(long cpuNanos, long queuedNanos) {

    private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

    /**
     * The calling thread's figures so far.
     *
     * @return them, or empty where the kernel gives none
     */
    public static Optional<ThreadDemand> now() {
        try {
            String[] cells = Files.readString(SCHEDSTAT, StandardCharsets.US_ASCII).strip().split("\\s+");
            ThreadDemand demand = new ThreadDemand(Long.parseLong(cells[0]), Long.parseLong(cells[1]));
            // All zeros: the kernel keeps no scheduler statistics
            return demand.cpuNanos() > 0 ? Optional.of(demand) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What the thread used between an earlier reading and this one.
     *
     * @param earlier the earlier reading, of the same thread
     * @return the difference
     */
    public ThreadDemand since(ThreadDemand earlier) {
        return new ThreadDemand(cpuNanos - earlier.cpuNanos, queuedNanos - earlier.queuedNanos);
    }

    /**
     * How long the thread was running or ready to run.
     *
     * @return the CPU time plus the queued time, in nanoseconds
     */
    public long wantedNanos() {
        return cpuNanos + queuedNanos;
    }
}
