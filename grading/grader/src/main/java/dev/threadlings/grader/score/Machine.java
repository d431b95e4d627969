package dev.threadlings.grader.score;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine a grading ran on, as far as it bears on timing: every measurement is only as good as the
 * cores it had.
 *
 * @param javaVersion the version of the JVM that ran the tests
 * @param cores how many processors the JVM saw
 * @param cpuQuota the cores' worth of CPU time the control group allows (Gradescope's default: 0.5), or
 *     {@code null} when there is no quota
 * @param loadBefore the system's load average (one minute) when grading began, or {@code null} where the
 *     system does not tell
 * @param loadAfter the same when grading ended
 * @param os the operating system and architecture
 * @param otherCores the cores' worth of CPU that other processes used on average while grading ran (see
 *     {@link CpuContention}), or {@code null} where it cannot be measured or grading has not ended
 */
public record Machine(String javaVersion, int cores, Double cpuQuota, Double loadBefore, Double loadAfter,
        String os, Double otherCores) {

    /** Other processes using this many cores on average while grading ran make its timings doubtful. */
    public static final double CONTENDED_CORES = 0.5;

    /**
     * This machine now, with the load average as the starting load.
     *
     * @return the machine
     */
    public static Machine here() {
        return new Machine(Runtime.version().toString(), Runtime.getRuntime().availableProcessors(),
                readCpuQuota().orElse(null), load(), null, System.getProperty("os.name") + " "
                        + System.getProperty("os.arch"), null);
    }

    /**
     * The same machine with the load average of now as the load at the end, and what other processes used.
     *
     * @param contention the CPU sample taken when grading began, if any
     * @return the machine
     */
    public Machine ended(Optional<CpuContention> contention) {
        return new Machine(javaVersion, cores, cpuQuota, loadBefore, load(), os,
                contention.flatMap(CpuContention::otherCores).orElse(null));
    }

    /**
     * What may have held the measurements back: fewer than two cores, a CPU quota below two cores, other
     * processes busy while grading ran (the load average only where that cannot be measured: it lags, and
     * still holds a grading that just ended). Empty on a machine fit for timing.
     *
     * @return the reasons, each a sentence
     */
    public List<String> timingConcerns() {
        List<String> concerns = new java.util.ArrayList<>();
        if (cores < 2) {
            concerns.add("The JVM saw " + cores + " core: parallel speedup cannot show here.");
        }
        if (cpuQuota != null && cpuQuota < 2) {
            concerns.add(String.format(Locale.ROOT, "The CPU quota allows %.2f cores: parallel speedup cannot show"
                    + " beyond that.", cpuQuota));
        }
        if (otherCores != null) {
            if (otherCores >= CONTENDED_CORES) {
                concerns.add(String.format(Locale.ROOT, "Other processes kept %.2f of the %d cores busy on average"
                        + " while grading ran: they competed with the tests for the cores.", otherCores, cores));
            }
        } else {
            Double load = loadAfter != null ? Double.valueOf(Math.max(loadAfter, loadBefore == null ? 0 : loadBefore))
                    : loadBefore;
            if (load != null && load >= cores) {
                concerns.add(String.format(Locale.ROOT, "The load average reached %.2f on %d cores: other work"
                        + " competed for the cores around the grading.", load, cores));
            }
        }
        return concerns;
    }

    /**
     * The machine in one line, for the summary.
     *
     * @return for example {@code "Java 25.0.3, 2 cores, no CPU quota, load 0.4 → 1.9, other processes 0.05
     *     cores, Linux amd64"}
     */
    public String describe() {
        return String.format(Locale.ROOT, "Java %s, %d core%s, %s, load %s → %s, %s%s", javaVersion, cores,
                cores == 1 ? "" : "s", cpuQuota == null ? "no CPU quota" : String.format(Locale.ROOT,
                        "CPU quota %.2f cores", cpuQuota), loadText(loadBefore), loadText(loadAfter),
                otherCores == null ? "" : String.format(Locale.ROOT, "other processes %.2f cores, ", otherCores), os);
    }

    private static String loadText(Double load) {
        return load == null ? "?" : String.format(Locale.ROOT, "%.2f", load);
    }

    private static Double load() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? null : load;
    }

    /**
     * The CPU quota of this process's control group, in cores: cgroup v2's {@code cpu.max} or v1's
     * {@code cpu.cfs_quota_us}, in the group {@code /proc/self/cgroup} names (a container sees its own group
     * as the root).
     */
    static Optional<Double> readCpuQuota() {
        String v2Path = "/";
        String v1Path = "/";
        for (String line : read(Path.of("/proc/self/cgroup")).orElse("").split("\n")) {
            String[] parts = line.split(":", 3);
            if (parts.length == 3 && parts[0].equals("0") && parts[1].isEmpty()) {
                v2Path = parts[2];
            } else if (parts.length == 3 && List.of(parts[1].split(",")).contains("cpu")) {
                v1Path = parts[2];
            }
        }
        for (String path : List.of(v2Path, "/")) {
            Optional<String> v2 = read(Path.of("/sys/fs/cgroup" + path, "cpu.max"));
            if (v2.isPresent()) {
                return quota(v2.get());
            }
        }
        for (String path : List.of(v1Path, "/")) {
            Path group = Path.of("/sys/fs/cgroup/cpu" + path);
            Optional<String> quota = read(group.resolve("cpu.cfs_quota_us"));
            Optional<String> period = read(group.resolve("cpu.cfs_period_us"));
            if (quota.isPresent() && period.isPresent()) {
                return quota(quota.get() + " " + period.get());
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a quota line, {@code "<quota> <period>"}: {@code "max 100000"} or {@code "-1 100000"} is none,
     * {@code "50000 100000"} is half a core.
     *
     * @param line the line
     * @return the quota in cores, if any
     */
    static Optional<Double> quota(String line) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length != 2 || parts[0].equals("max") || parts[0].startsWith("-")) {
            return Optional.empty();
        }
        try {
            double quota = Double.parseDouble(parts[0]);
            double period = Double.parseDouble(parts[1]);
            return period > 0 ? Optional.of(quota / period) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isReadable(file) ? Optional.of(Files.readString(file).trim()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
