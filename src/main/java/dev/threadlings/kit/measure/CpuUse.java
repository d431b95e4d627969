package dev.threadlings.kit.measure;

import java.time.Duration;

/**
 * The wall time and CPU time one measured run took.
 *
 * @param wallNanos elapsed wall time
 * @param ownCpuNanos CPU time of this JVM (every thread: the work, but also JIT and GC) during the run
 * @param childCpuNanos CPU time of this JVM's child processes during the run, 0 when not measured
 */
public record CpuUse(long wallNanos, long ownCpuNanos, long childCpuNanos) {

    /**
     * The wall time as a duration.
     *
     * @return {@code wallNanos} as a {@link Duration}
     */
    public Duration wall() {
        return Duration.ofNanos(wallNanos);
    }

    /**
     * How many cores were busy on average: CPU time of this JVM and its children over wall time. About 1
     * for one thread computing, about 2 for two threads on two free cores, never above the core count.
     *
     * @return {@code (ownCpuNanos + childCpuNanos) / wallNanos}
     */
    public double coresBusy() {
        return wallNanos <= 0 ? 0 : (double) (ownCpuNanos + childCpuNanos) / wallNanos;
    }
}
