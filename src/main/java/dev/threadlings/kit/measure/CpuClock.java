package dev.threadlings.kit.measure;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Measures wall time and the CPU time spent meanwhile by this JVM and, optionally, by its child processes.
 *
 * <p>This JVM's CPU time comes from {@code com.sun.management.OperatingSystemMXBean}. Children's CPU time
 * comes from {@link ProcessHandle.Info#totalCpuDuration()}; a child that exits is gone before it can be
 * read, so while a measurement runs a daemon thread reads every descendant's CPU time every
 * {@value #SAMPLE_MILLIS} ms and keeps the last reading of each. A child that lived shorter than that, or
 * the last {@value #SAMPLE_MILLIS} ms of a child, may be missed: the children's figure is a lower bound.
 * One reading costs well under a millisecond, so sampling uses a few percent of one core.
 */
public final class CpuClock {

    static final int SAMPLE_MILLIS = 20;

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final boolean children;

    private CpuClock(boolean children) {
        this.children = children;
    }

    /**
     * A clock for work that stays in this JVM.
     *
     * @return a clock that reads this JVM's CPU time only
     */
    public static CpuClock ownProcess() {
        return new CpuClock(false);
    }

    /**
     * A clock for work that runs in child processes too.
     *
     * @return a clock that also samples the CPU time of this JVM's descendants
     */
    public static CpuClock withChildren() {
        return new CpuClock(true);
    }

    /**
     * This JVM's CPU time so far, all threads.
     *
     * @return CPU nanoseconds since the JVM started
     */
    public static long ownCpuNanos() {
        return OS.getProcessCpuTime();
    }

    /**
     * Watches this JVM's own threads for {@code millis} while the caller waits: the CPU time they use
     * meanwhile is work nobody asked for, such as a thread a strategy left spinning. Only threads the
     * application started count (also the carriers of virtual threads); the JIT compiler and the garbage
     * collector, which may still be busy after a warm-up, do not.
     *
     * @param millis how long to watch
     * @return the wall time watched and the CPU time the application's threads used meanwhile
     */
    public static CpuUse idle(long millis) {
        long cpu = applicationThreadsCpuNanos();
        long start = System.nanoTime();
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long wall = System.nanoTime() - start;
        return new CpuUse(wall, Math.max(0, applicationThreadsCpuNanos() - cpu), 0);
    }

    private static long applicationThreadsCpuNanos() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            long nanos = threads.getThreadCpuTime(id);
            if (nanos > 0) {
                total += nanos;
            }
        }
        return total;
    }

    /**
     * Runs the work once and measures it.
     *
     * @param work the work
     * @return the wall and CPU time it took
     */
    public CpuUse measure(Runnable work) {
        return measure(() -> {
            work.run();
            return null;
        }).use();
    }

    /**
     * Runs the work once and measures it, keeping its result.
     *
     * @param work the work
     * @param <T> the result's type
     * @return the result with the wall and CPU time it took
     */
    public <T> Measured<T> measure(Supplier<T> work) {
        ChildSampler sampler = children ? ChildSampler.start() : null;
        long cpu = ownCpuNanos();
        long start = System.nanoTime();
        T value;
        try {
            value = work.get();
        } finally {
            if (sampler != null) {
                sampler.stop();
            }
        }
        long wall = System.nanoTime() - start;
        long ownCpu = ownCpuNanos() - cpu;
        return new Measured<>(value, new CpuUse(wall, ownCpu, sampler == null ? 0 : sampler.childCpuNanos()));
    }

    /**
     * A result with the time it took.
     *
     * @param value what the work returned
     * @param use the wall and CPU time
     * @param <T> the result's type
     */
    public record Measured<T>(T value, CpuUse use) {
    }

    /** Reads every descendant's CPU time until stopped. */
    private static final class ChildSampler {

        private final Map<Long, Long> before = new HashMap<>();
        private final Map<Long, Long> last = new HashMap<>();
        private final Thread thread;
        private volatile boolean running = true;

        private ChildSampler() {
            read(before);
            thread = Thread.ofPlatform().daemon().name("threadlings-child-cpu").unstarted(this::loop);
        }

        static ChildSampler start() {
            ChildSampler sampler = new ChildSampler();
            sampler.thread.start();
            return sampler;
        }

        private void loop() {
            while (running) {
                synchronized (last) {
                    read(last);
                }
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private static void read(Map<Long, Long> into) {
            ProcessHandle.current().descendants().forEach(child -> cpuNanos(child)
                    .ifPresent(nanos -> into.merge(child.pid(), nanos, Math::max)));
        }

        private static Optional<Long> cpuNanos(ProcessHandle child) {
            return child.info().totalCpuDuration().map(d -> d.toNanos());
        }

        void stop() {
            running = false;
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (last) {
                read(last);
            }
        }

        long childCpuNanos() {
            synchronized (last) {
                long total = 0;
                for (Map.Entry<Long, Long> child : last.entrySet()) {
                    total += child.getValue() - before.getOrDefault(child.getKey(), 0L);
                }
                return total;
            }
        }
    }
}
