package dev.threadlings.hidden.sumsquares;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.hidden.common.Reference;
import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.kernels.KernelCall;
import dev.threadlings.kit.measure.Comparison;
import dev.threadlings.kit.measure.CpuClock;
import dev.threadlings.kit.measure.KernelTrial;
import dev.threadlings.kit.measure.SpeedTrial;
import dev.threadlings.kit.measure.SpeedVerdict;
import dev.threadlings.sumsquares.SumOfSquares;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Speedup against the kit's reference strategy of the same kind, measured in the same run: warm-up, then
 * interleaved rounds of baseline, reference and learner, medians (see {@link SpeedTrial} and
 * {@link SpeedVerdict} for the rules). The reference is loaded apart from the learner's classes by
 * {@link Reference}. On a machine that shows no parallel gain the verdict is inconclusive, and then the
 * learner's kernel calls must at least have overlapped.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Tag("speedup")
class SpeedTest {

    private static final String EXERCISE = "02-sum-of-squares";
    private static final SpeedTrial IN_PROCESS = new SpeedTrial(2, 5, CpuClock.ownProcess());
    private static final SpeedTrial PROCESSES = new SpeedTrial(1, 4, CpuClock.withChildren());

    /**
     * Seeded unseen numbers of about equal size: {@code count} numbers from 22 to 28 million, about 15 ms of
     * kernel time each here, so the sequential reference takes about 0.3 s for 20 of them and 0.75 s for
     * 48 (the multiprocess trial's, where start-up would hide any gain on less).
     */
    static List<Integer> work(long seed, int count) {
        Random random = new Random(seed);
        List<Integer> numbers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            numbers.add(22_000_000 + random.nextInt(6_000_000));
        }
        return numbers;
    }

    private static SumOfSquares reference(String simpleName, Object... args) {
        return Reference.of(EXERCISE).create(SumOfSquares.class, simpleName, args);
    }

    /** One run of a strategy, checked, so a fast wrong answer never counts. */
    private static Runnable checked(String name, SumOfSquares strategy, List<Integer> numbers, List<BigInteger> want) {
        return () -> {
            List<BigInteger> got = strategy.sumAll(numbers);
            assertThat(got).as("%s returned wrong sums during the speed trial", name).isEqualTo(want);
        };
    }

    private static KernelTrial trial(SpeedTrial settings, SumOfSquares baseline, SumOfSquares reference,
            String name, SumOfSquares learner, List<Integer> numbers) {
        List<BigInteger> want = numbers.stream().map(Sums::expected).toList();
        return KernelTrial.run(settings, checked("the baseline", baseline, numbers, want),
                checked("the reference", reference, numbers, want), checked(name, learner, numbers, want));
    }

    private static void judge(SpeedTrial settings, SpeedVerdict.Criteria criteria, SumOfSquares baseline,
            SumOfSquares reference, Strategy strategy, int size, List<Integer> numbers, String hint,
            TestReporter reporter) {
        String name = strategy.className() + (size > 1 ? "(" + size + ")" : "");
        try (SumOfSquares learner = strategy.create(size)) {
            learner.sumAll(List.of(10)); // a stub fails here, as "not attempted"
            KernelTrial.judged(() -> trial(settings, baseline, reference, name, learner, numbers),
                    trial -> SpeedVerdict.judge(name, trial.comparison(), criteria, trial.learnerOverlapped(), hint))
                    .enforce(reporter, name);
        }
    }

    @Test
    @Tag("task:2")
    @Points(3)
    void threaded_with_two_threads_gains_at_least_70_percent_of_the_reference_speedup(TestReporter reporter) {
        try (SumOfSquares baseline = reference("SequentialSumOfSquares");
                SumOfSquares reference = reference("ThreadedSumOfSquares", 2)) {
            judge(IN_PROCESS, SpeedVerdict.Criteria.CPU_BOUND, baseline, reference, Strategy.THREADED, 2,
                    work(0x5eed_0201L, 20),
                    "Give every thread a share of the numbers and start them all before waiting for any; results"
                            + " collected while the threads still run, a lock around the computation, or one thread"
                            + " doing most numbers all cost speed.", reporter);
        }
    }

    @Test
    @Tag("task:4")
    @Points(3)
    void fork_join_gains_at_least_70_percent_of_the_reference_speedup(TestReporter reporter) {
        try (SumOfSquares baseline = reference("SequentialSumOfSquares");
                SumOfSquares reference = reference("ForkJoinSumOfSquares")) {
            judge(IN_PROCESS, SpeedVerdict.Criteria.CPU_BOUND, baseline, reference, Strategy.FORK_JOIN, 1,
                    work(0x5eed_0202L, 20),
                    "Split the list in halves down to a few numbers, fork() one half and compute the other on the"
                            + " current worker, and run the root task with invoke() on a pool with one worker per"
                            + " core (commonPool() has only cores - 1).", reporter);
        }
    }

    @Test
    @Tag("task:5")
    @Points(3)
    void multiprocess_with_two_workers_gains_at_least_70_percent_of_the_reference_speedup(TestReporter reporter) {
        // The baseline is the reference with one worker, so start-up costs the same on both sides and the
        // comparison shows what the second process adds.
        try (SumOfSquares baseline = reference("MultiprocessSumOfSquares", 1);
                SumOfSquares reference = reference("MultiprocessSumOfSquares", 2)) {
            judge(PROCESSES, SpeedVerdict.Criteria.PROCESSES, baseline, reference, Strategy.MULTIPROCESS, 2,
                    work(0x5eed_0203L, 48),
                    "Start both workers before feeding either, give each half of the numbers, and read their"
                            + " answers while they still compute; a worker started per number pays the JVM start-up"
                            + " every time.", reporter);
        }
    }

    @Test
    @Tag("task:3")
    @Points(1)
    void async_on_one_thread_is_correct_and_no_faster_than_sequential(TestReporter reporter) {
        ExecutorService learnerThread = Executors.newSingleThreadExecutor();
        ExecutorService referenceThread = Executors.newSingleThreadExecutor();
        try (learnerThread; referenceThread;
                SumOfSquares baseline = reference("SequentialSumOfSquares");
                SumOfSquares reference = reference("AsyncSumOfSquares", referenceThread);
                SumOfSquares learner = new dev.threadlings.sumsquares.AsyncSumOfSquares(learnerThread)) {
            learner.sumAll(List.of(10));
            List<Integer> numbers = work(0x5eed_0204L, 8);
            KernelTrial trial = trial(IN_PROCESS, baseline, reference, "AsyncSumOfSquares", learner, numbers);
            Comparison comparison = trial.comparison();
            trial.measurement("AsyncSumOfSquares, one thread", null).publish(reporter);
            List<String> names = trial.learnerCalls().stream().map(KernelCall::thread).distinct().toList();
            String threads = String.join(", ", names);
            assertThat(names)
                    .as("AsyncSumOfSquares was given a one-thread executor, but its kernel calls ran on %d threads:"
                            + " [%s]. Run each number with supplyAsync(() -> ..., executor) on the executor you were"
                            + " given, and nothing else: a parallel stream or the common pool inside it adds"
                            + " threads the caller did not give you.", names.size(), threads)
                    .hasSize(1);
            String figures = comparison.figures();
            // One thread keeps at most one core busy, whatever the machine: CPU time over wall time tells,
            // where a wall-time ratio against another run drifts by 30% on a crowded machine.
            assertThat(comparison.learnerCores())
                    .as("AsyncSumOfSquares on a one-thread executor kept %.2f cores busy, and its kernel calls ran on"
                            + " [%s]. One thread cannot compute two numbers at once, so more than 1.3 cores means the"
                            + " work ran somewhere else than on the executor it was given: use"
                            + " supplyAsync(() -> ..., executor). (%s)", comparison.learnerCores(), threads, figures)
                    .isLessThanOrEqualTo(1.3);
            reporter.publishEntry(SpeedVerdict.KEY, String.format(Locale.ROOT, "pass: on one thread, async ran at %.2f×"
                    + " the sequential speed: correct, and not faster. CompletableFuture lets one thread take turns"
                    + " between tasks, which pays off when tasks wait (exercise 01's downloads); CPU work never"
                    + " waits, so one thread computes one number after another, as asyncio's one event loop did"
                    + " in Python. (%s)", comparison.learnerSpeedup(), figures));
        }
    }
}
