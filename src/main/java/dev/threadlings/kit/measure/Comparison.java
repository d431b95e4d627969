package dev.threadlings.kit.measure;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What a {@link SpeedTrial} measured: each contender's runs, in the order they ran, and the idle check.
 *
 * @param baseline the runs of the reference without parallelism
 * @param reference the runs of the reference strategy of the kind judged
 * @param learner the runs of the learner's strategy
 * @param idle this JVM's CPU use while nothing should have run, between warm-up and rounds
 */
public record Comparison(List<CpuUse> baseline, List<CpuUse> reference, List<CpuUse> learner, CpuUse idle) {

    /** Copies the lists and checks they are not empty. */
    public Comparison {
        baseline = List.copyOf(baseline);
        reference = List.copyOf(reference);
        learner = List.copyOf(learner);
        if (baseline.isEmpty() || reference.isEmpty() || learner.isEmpty()) {
            throw new IllegalArgumentException("every contender needs at least one run");
        }
    }

    /**
     * The median of one figure over some runs.
     *
     * @param runs the runs
     * @param figure the figure of one run
     * @return the median (the mean of the middle two for an even count)
     */
    static double median(List<CpuUse> runs, ToDoubleFunction<CpuUse> figure) {
        double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /** @return the baseline's median wall time in milliseconds */
    public double baselineMillis() {
        return median(baseline, r -> r.wallNanos() / 1e6);
    }

    /** @return the reference's median wall time in milliseconds */
    public double referenceMillis() {
        return median(reference, r -> r.wallNanos() / 1e6);
    }

    /** @return the learner's median wall time in milliseconds */
    public double learnerMillis() {
        return median(learner, r -> r.wallNanos() / 1e6);
    }

    /** @return how many times faster than the baseline the reference ran: baseline / reference medians */
    public double referenceSpeedup() {
        return baselineMillis() / referenceMillis();
    }

    /** @return how many times faster than the baseline the learner's strategy ran */
    public double learnerSpeedup() {
        return baselineMillis() / learnerMillis();
    }

    /** @return the median number of cores the reference kept busy (CPU time over wall time) */
    public double referenceCores() {
        return median(reference, CpuUse::coresBusy);
    }

    /** @return the median number of cores the learner's strategy kept busy */
    public double learnerCores() {
        return median(learner, CpuUse::coresBusy);
    }

    /**
     * The figures in one line, for messages and reports.
     *
     * @return for example {@code "yours 231 ms (1.84×, 1.9 cores busy), reference 225 ms (1.89×, 1.9 cores),
     *     baseline 425 ms; medians of 5 interleaved runs"}
     */
    public String figures() {
        return String.format(java.util.Locale.ROOT,
                "yours %.0f ms (%.2f×, %.1f cores busy), reference %.0f ms (%.2f×, %.1f cores busy), baseline %.0f ms;"
                        + " medians of %d interleaved runs",
                learnerMillis(), learnerSpeedup(), learnerCores(), referenceMillis(), referenceSpeedup(),
                referenceCores(), baselineMillis(), learner.size());
    }
}
