package dev.threadlings.sumsquares;

import dev.threadlings.kit.junit.TodoExtension;
import dev.threadlings.kit.kernels.KernelCall;
import dev.threadlings.kit.kernels.Kernels;
import dev.threadlings.kit.measure.Comparison;
import dev.threadlings.kit.measure.CpuClock;
import dev.threadlings.kit.measure.KernelTrial;
import dev.threadlings.kit.measure.PlainThreads;
import dev.threadlings.kit.measure.PlainWorkers;
import dev.threadlings.kit.measure.SpeedTrial;
import dev.threadlings.kit.measure.SpeedVerdict;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Speedup, measured honestly: in one trial the kit's kernel on every number one after another (the baseline; for
 * processes, one plain worker JVM), the same numbers dealt out to plain threads or worker JVMs (the yardstick: what
 * this machine gives right now) and your strategy run in rotating rounds, and medians compared (see {@link SpeedTrial}, {@link SpeedVerdict}). Your
 * strategy must reach half the yardstick's speedup (the grader asks 70 % of its reference); on a machine that shows no parallel gain right now the
 * verdict is "inconclusive" and the check passes, as long as your kernel calls overlapped. The grader measures the
 * same against its reference strategies, on other numbers.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("speedup")
class SpeedTest {

    private static final SpeedTrial TRIAL = new SpeedTrial(1, 4, CpuClock.ownProcess());


    private static final SpeedTrial MULTIPROCESS_TRIAL = new SpeedTrial(1, 2, CpuClock.withChildren());

    /** Sixteen numbers of about 15 ms of kernel time each, nearly equal: about a quarter of a second in all. */
    private static final List<Integer> NUMBERS = java.util.stream.IntStream.range(0, 16)
            .mapToObj(i -> 22_800_000 + 25_000 * i).toList();

    private static List<Runnable> kernels(List<Integer> numbers) {
        return numbers.stream().<Runnable>map(n -> () -> Kernels.sumOfSquares(n)).toList();
    }

    /** One run of the learner's strategy, checked, so a fast wrong answer never counts. */
    private static Runnable checked(String name, SumOfSquares strategy, List<Integer> numbers) {
        List<BigInteger> want = Expected.sumsOf(numbers);
        return () -> {
            List<BigInteger> got = strategy.sumAll(numbers);
            if (!want.equals(got)) {
                throw new AssertionError(name + " returned wrong sums during the speed trial");
            }
        };
    }

    private static void judge(String name, SumOfSquares strategy, int threads, String hint, TestReporter reporter) {
        strategy.sumAll(List.of(10)); // a stub fails here, as "not attempted"
        KernelTrial.Judged judged = KernelTrial.judged(() -> KernelTrial.run(TRIAL,
                PlainThreads.oneAfterAnother(kernels(NUMBERS)), PlainThreads.dealing(threads, kernels(NUMBERS)),
                checked(name, strategy, NUMBERS)), trial -> SpeedVerdict.judge(name, trial.comparison(),
                        SpeedVerdict.Criteria.PRACTICE, trial.learnerOverlapped(), hint));
        System.out.printf("%s: %s%n", name, judged.verdict().message());
        judged.enforce(reporter, name);
    }

    @Test
    @Tag("task:2")
    void threaded_on_two_threads_keeps_up_with_two_plain_threads(TestReporter reporter) {
        try (SumOfSquares strategy = new ThreadedSumOfSquares(2)) {
            judge("ThreadedSumOfSquares(2)", strategy, 2, "Give every thread a share of the numbers and start them all"
                    + " before waiting for any; results collected while the threads still run, a lock around the"
                    + " computation, or one thread doing most numbers all cost speed.", reporter);
        }
    }

    @Test
    @Tag("task:4")
    void fork_join_keeps_up_with_a_plain_thread_per_core(TestReporter reporter) {
        try (SumOfSquares strategy = new ForkJoinSumOfSquares()) {
            judge("ForkJoinSumOfSquares", strategy, Runtime.getRuntime().availableProcessors(), "Split the list in"
                    + " halves down to a few numbers, fork() one half and compute the other on the current worker, and"
                    + " run the root task with invoke() on a pool with one worker per core.", reporter);
        }
    }

    @Test
    @Tag("task:5")
    void multiprocess_with_two_workers_keeps_up_with_two_plain_worker_jvms(TestReporter reporter) {
        // 48 numbers, about 0.7 s one after another. The baseline is one plain worker JVM doing them all, so
        // start-up and a cold JIT cost the same on every side and the comparison shows what the second worker adds
        List<Integer> numbers = java.util.stream.IntStream.range(0, 3).boxed().flatMap(i -> NUMBERS.stream()).toList();
        try (SumOfSquares strategy = new MultiprocessSumOfSquares(2)) {
            strategy.sumAll(List.of(10)); // a stub fails here, as "not attempted"
            KernelTrial.Judged judged = KernelTrial.judged(() -> KernelTrial.run(MULTIPROCESS_TRIAL,
                    PlainWorkers.dealing(1, "sumOfSquares", numbers), PlainWorkers.dealing(2, "sumOfSquares", numbers),
                    checked("MultiprocessSumOfSquares(2)", strategy, numbers)), trial -> SpeedVerdict.judge(
                            "MultiprocessSumOfSquares(2)", trial.comparison(), SpeedVerdict.Criteria.PRACTICE_PROCESSES,
                            KernelCall.overlapApart(trial.learnerCalls(), true), "Start both workers before feeding"
                                    + " either, give each half of the numbers, and read their answers while they still"
                                    + " compute; a worker started per number pays the JVM start-up every time."));
            System.out.printf("MultiprocessSumOfSquares(2): %s%n", judged.verdict().message());
            judged.enforce(reporter, "MultiprocessSumOfSquares(2)");
        }
    }

    @Test
    @Tag("task:3")
    void async_on_one_thread_keeps_one_core_busy_at_most(TestReporter reporter) {
        try (ExecutorService one = Executors.newSingleThreadExecutor();
                SumOfSquares strategy = new AsyncSumOfSquares(one)) {
            strategy.sumAll(List.of(10)); // a stub fails here, as "not attempted"
            List<Integer> numbers = NUMBERS.subList(0, 8);
            KernelTrial trial = KernelTrial.run(TRIAL, PlainThreads.oneAfterAnother(kernels(numbers)),
                    PlainThreads.oneAfterAnother(kernels(numbers)), checked("AsyncSumOfSquares", strategy, numbers));
            Comparison comparison = trial.comparison();
            trial.measurement("AsyncSumOfSquares, one thread", null).publish(reporter);
            List<String> threads = trial.learnerCalls().stream().map(KernelCall::thread).distinct().toList();
            if (threads.size() != 1 || comparison.learnerCores() > 1.3) {
                throw new AssertionError(String.format(Locale.ROOT, "AsyncSumOfSquares was given a one-thread executor,"
                        + " but its kernel calls ran on %d thread(s) %s and kept %.2f cores busy (one thread keeps at"
                        + " most one). Run each number with supplyAsync(() -> ..., executor) on the executor you were"
                        + " given, and nothing else: a parallel stream or the common pool inside it adds threads the"
                        + " caller did not give you. (%s)", threads.size(), threads, comparison.learnerCores(),
                        comparison.figures()));
            }
            System.out.printf(Locale.ROOT, "AsyncSumOfSquares on one thread: %.2f× the sequential speed, %.2f cores"
                    + " busy: correct, and no faster. (%s)%n", comparison.learnerSpeedup(), comparison.learnerCores(),
                    comparison.figures());
        }
    }
}
