package dev.threadlings.kit.measure;

import java.util.Locale;

/**
 * The "expected" and "verdict" cells of a learner's timing table: one run of each strategy, read against the kit's
 * own baseline and yardstick measured in the same table. They explain, they never fail a test (a single run on a
 * laptop is too noisy to grade); the speed checks judge with rotating rounds and medians.
 */
public final class TableVerdicts {

    /** Below this speedup of the yardstick the machine shows no parallel gain right now. */
    public static final double CONCLUSIVE = 1.3;

    private TableVerdicts() {
    }

    /**
     * A strategy meant to compute on one thread at a time (a baseline, an event loop, threads under a GIL).
     *
     * @param speedup its speedup over the baseline
     * @return the verdict
     */
    public static String oneThread(double speedup) {
        return speedup <= 1.25 ? "ok: one thread's pace"
                : format("%.2f× is more than one thread gives: does it really compute on one thread at a time?",
                        speedup);
    }

    /**
     * A strategy meant to keep every core busy, against the yardstick (plain threads on the same pieces).
     *
     * @param speedup its speedup over the baseline
     * @param yardstick the yardstick's speedup in the same table
     * @return the verdict
     */
    public static String parallel(double speedup, double yardstick) {
        if (yardstick < CONCLUSIVE) {
            return format("inconclusive: plain threads gained only %.2f× here just now", yardstick);
        }
        return speedup >= 0.5 * yardstick ? "ok" : format("slow: %.0f%% of what plain threads gained (%.2f×)",
                100 * speedup / yardstick, yardstick);
    }

    /**
     * A strategy whose speedup the work itself caps (two unequal tasks on two threads end with the longer one).
     *
     * @param speedup its speedup over the baseline
     * @param bound the most the work allows
     * @param yardstick the yardstick's speedup in the same table
     * @return the verdict
     */
    public static String bounded(double speedup, double bound, double yardstick) {
        if (yardstick < CONCLUSIVE) {
            return format("inconclusive: plain threads gained only %.2f× here just now", yardstick);
        }
        double target = Math.min(bound, yardstick);
        return speedup >= 0.7 * target ? "ok: near the bound" : format("slow: %.0f%% of %.2f×", 100 * speedup
                / target, target);
    }

    /**
     * Times one of the kit's own rows (a baseline, a yardstick): the best of three runs after a warm-up, so that the
     * JIT has compiled the kernel.
     *
     * @param work the row's work
     * @return its time in milliseconds, at least 1
     */
    public static long bestMillis(Runnable work) {
        work.run();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return Math.max(1, best / 1_000_000);
    }

    /**
     * A speedup as a table shows it.
     *
     * @param speedup the speedup
     * @return for example {@code "1.62×"}
     */
    public static String times(double speedup) {
        return format("%.2f×", speedup);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
