package dev.threadlings.grader.score;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How much CPU other processes used while a grading ran: the machine's busy time ({@code /proc/stat}, steal
 * included) minus the grader's own and that of the test JVMs it started and waited for ({@code /proc/self/stat}).
 * It is measured over the grading itself, unlike the load average, which still holds a grading that just ended.
 *
 * @param busyTicks the machine's busy clock ticks so far, all cores together
 * @param ownTicks this process's ticks and those of the children it waited for
 * @param startNanos when the sample was taken
 */
public record CpuContention(long busyTicks, long ownTicks, long startNanos) {

    /** Linux's clock ticks per second as {@code /proc} counts them ({@code USER_HZ}, 100 on every Linux). */
    static final double TICKS_PER_SECOND = 100.0;

    private static final Path STAT = Path.of("/proc/stat");
    private static final Path SELF = Path.of("/proc/self/stat");

    /**
     * Takes the starting sample.
     *
     * @return the sample, or empty where {@code /proc} does not tell (not Linux)
     */
    public static Optional<CpuContention> start() {
        return sample();
    }

    /**
     * The cores' worth of CPU that other processes used on average since this sample.
     *
     * @return for example {@code 0.8}: other work kept most of a core busy; empty where it cannot be measured
     */
    public Optional<Double> otherCores() {
        Optional<CpuContention> now = sample();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        if (now.isEmpty() || seconds < 1) {
            return Optional.empty();
        }
        long others = (now.get().busyTicks - busyTicks) - (now.get().ownTicks - ownTicks);
        return Optional.of(Math.max(0, others / TICKS_PER_SECOND / seconds));
    }

    private static Optional<CpuContention> sample() {
        try {
            if (!Files.isReadable(STAT) || !Files.isReadable(SELF)) {
                return Optional.empty();
            }
            return Optional.of(new CpuContention(busy(Files.readAllLines(STAT).get(0)), own(Files.readString(SELF)),
                    System.nanoTime()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The busy ticks of the first line of /proc/stat: user, nice, system, irq, softirq and steal. */
    static long busy(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            if (i < f.length) {
                busy += Long.parseLong(f[i]);
            }
        }
        return busy;
    }

    /** utime, stime, cutime and cstime of /proc/self/stat (fields 14 to 17, after the command's parentheses). */
    static long own(String selfStat) {
        String[] f = selfStat.substring(selfStat.lastIndexOf(')') + 2).trim().split("\\s+");
        // f[0] is field 3 (state), so field n is f[n - 3]
        return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }
}
