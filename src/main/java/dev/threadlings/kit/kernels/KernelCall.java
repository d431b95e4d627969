package dev.threadlings.kit.kernels;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * One recorded call of a kernel: what ran, where, and when.
 *
 * <p>Times are {@link System#nanoTime()} readings. On Linux (and macOS) that clock is the system's
 * monotonic clock, shared by every process on the machine, so calls from child processes line up with
 * the parent's.
 *
 * @param kernel the kernel's name, for example {@code "sumOfSquares"}
 * @param argument the kernel's argument
 * @param thread the name of the thread that ran the call
 * @param threadId that thread's id
 * @param virtual whether that thread was a virtual thread
 * @param pid the id of the process that ran the call
 * @param startNanos when the call started
 * @param endNanos when the call ended
 */
public record KernelCall(String kernel, long argument, String thread, long threadId, boolean virtual, long pid,
        long startNanos, long endNanos) {

    /**
     * How long the call took.
     *
     * @return {@code endNanos - startNanos}
     */
    public Duration duration() {
        return Duration.ofNanos(endNanos - startNanos);
    }

    /**
     * Tells whether this call and another were running at the same instant.
     *
     * @param other another call
     * @return {@code true} when their time intervals overlap
     */
    public boolean overlaps(KernelCall other) {
        return startNanos < other.endNanos && other.startNanos < endNanos;
    }

    String toLine() {
        return kernel + "\t" + argument + "\t" + thread.replaceAll("[\t\r\n]", " ") + "\t" + threadId + "\t" + virtual
                + "\t" + pid + "\t" + startNanos + "\t" + endNanos;
    }

    static KernelCall fromLine(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 8) {
            throw new IllegalArgumentException("not a kernel call line: " + line);
        }
        return new KernelCall(f[0], Long.parseLong(f[1]), f[2], Long.parseLong(f[3]), Boolean.parseBoolean(f[4]),
                Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]));
    }

    /**
     * Tells whether two calls made apart overlapped in time: on different threads (or processes), or, with
     * {@code processes}, in different processes.
     *
     * @param calls kernel calls from a recording
     * @param processes whether only calls in different processes count as apart
     * @return {@code true} when two such calls overlapped
     */
    public static boolean overlapApart(List<KernelCall> calls, boolean processes) {
        // A sweep in order of start: each call is compared only with the calls that start before it ends, so a
        // strategy that makes a hundred thousand tiny calls costs a moment, not minutes.
        List<KernelCall> byStart = calls.stream().sorted(Comparator.comparingLong(KernelCall::startNanos)).toList();
        for (int i = 0; i < byStart.size(); i++) {
            KernelCall a = byStart.get(i);
            for (int j = i + 1; j < byStart.size() && byStart.get(j).startNanos() < a.endNanos(); j++) {
                KernelCall b = byStart.get(j);
                if (a.pid() != b.pid() || (!processes && a.threadId() != b.threadId())) {
                    return true;
                }
            }
        }
        return false;
    }
}
