package dev.threadlings.hidden.common;

import dev.threadlings.kit.kernels.KernelCall;
import dev.threadlings.kit.kernels.KernelLog;
import dev.threadlings.kit.measure.Comparison;
import dev.threadlings.kit.measure.SpeedTrial;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link SpeedTrial} run while the kernel log records, so that the measurement comes with its evidence:
 * which threads and processes made the baseline's and the learner's kernel calls, and when.
 *
 * @param comparison what the trial measured
 * @param baselineCalls the kernel calls made during the baseline's runs
 * @param learnerCalls the kernel calls made during the learner's runs
 * @param learnerRuns the same calls, one list per run of the learner's strategy
 */
public record KernelTrial(Comparison comparison, List<KernelCall> baselineCalls, List<KernelCall> learnerCalls,
        List<List<KernelCall>> learnerRuns) {

    /**
     * Runs the trial with the kernel log recording.
     *
     * @param settings warm-up, rounds and clock
     * @param baseline the reference without parallelism
     * @param reference the reference of the kind judged
     * @param learner the learner's strategy
     * @return the measurements with the kernel calls of the baseline's and the learner's runs
     */
    public static KernelTrial run(SpeedTrial settings, Runnable baseline, Runnable reference, Runnable learner) {
        List<long[]> baselineWindows = new ArrayList<>();
        List<long[]> learnerWindows = new ArrayList<>();
        try (KernelLog.Recording recording = KernelLog.start()) {
            Comparison comparison = settings.run(windowed(baseline, baselineWindows), reference,
                    windowed(learner, learnerWindows));
            List<KernelCall> calls = recording.calls();
            List<List<KernelCall>> runs = learnerWindows.stream().map(w -> within(calls, List.of(w))).toList();
            return new KernelTrial(comparison, within(calls, baselineWindows), within(calls, learnerWindows), runs);
        }
    }

    private static Runnable windowed(Runnable run, List<long[]> windows) {
        return () -> {
            long start = System.nanoTime();
            run.run();
            windows.add(new long[] {start, System.nanoTime()});
        };
    }

    private static List<KernelCall> within(List<KernelCall> calls, List<long[]> windows) {
        return calls.stream()
                .filter(c -> windows.stream().anyMatch(w -> c.startNanos() >= w[0] && c.endNanos() <= w[1]))
                .toList();
    }

    /**
     * Tells whether two of the learner's kernel calls, on different threads or processes, overlapped in time.
     *
     * @return {@code true} when the learner's runs show concurrency
     */
    public boolean learnerOverlapped() {
        return overlapApart(learnerCalls, false);
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
        for (int i = 0; i < calls.size(); i++) {
            for (int j = i + 1; j < calls.size(); j++) {
                KernelCall a = calls.get(i);
                KernelCall b = calls.get(j);
                boolean apart = a.pid() != b.pid() || (!processes && a.threadId() != b.threadId());
                if (apart && a.overlaps(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The distinct threads (as {@code pid/thread id}) that made the learner's kernel calls.
     *
     * @return the threads, in no particular order
     */
    public List<String> learnerThreads() {
        return learnerCalls.stream().map(c -> c.pid() + "/" + c.threadId() + " (" + c.thread() + ")").distinct()
                .toList();
    }

    /**
     * The most distinct threads that made kernel calls within one run of the learner's strategy.
     *
     * @return the largest thread count of a single run (0 without calls)
     */
    public int mostThreadsInOneRun() {
        return learnerRuns.stream().mapToInt(run -> (int) run.stream().map(c -> c.pid() + "/" + c.threadId())
                .distinct().count()).max().orElse(0);
    }
}
