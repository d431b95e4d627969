package dev.threadlings.fibonacci;

import dev.threadlings.kit.junit.TodoExtension;
import dev.threadlings.kit.kernels.KernelCall;
import dev.threadlings.kit.kernels.Kernels;
import dev.threadlings.kit.measure.Comparison;
import dev.threadlings.kit.measure.CpuClock;
import dev.threadlings.kit.measure.KernelTrial;
import dev.threadlings.kit.measure.PlainThreads;
import dev.threadlings.kit.measure.SpeedTrial;
import dev.threadlings.kit.measure.SpeedVerdict;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Speedup, measured honestly: in one trial the kit's kernel on every position one after another (the baseline),
 * the same positions on plain threads (the yardstick: what this machine gives right now) and your strategy run in
 * rotating rounds, medians compared (see {@link SpeedTrial}, {@link SpeedVerdict}). On a machine that shows no
 * parallel gain right now the verdict is "inconclusive" and the check passes, as long as your kernel calls
 * overlapped. The grader measures the same against its reference strategies, on other positions.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("speedup")
class SpeedTest {

    private static final SpeedTrial TRIAL = new SpeedTrial(1, 4, CpuClock.ownProcess());


    /** Two unequal tasks on two threads cannot beat the longest one: 70 % of that bound (or of the yardstick). */
    private static final SpeedVerdict.Criteria LONGEST_TASK = new SpeedVerdict.Criteria(0.7, 1.3, 1.8, 1.6, 0.25);

    private static List<Runnable> kernels(List<Integer> ns) {
        return ns.stream().<Runnable>map(n -> () -> Kernels.fib(n)).toList();
    }

    /** One run of the learner's strategy, checked, so a fast wrong answer never counts. */
    private static Runnable checked(String name, FibonacciRunner runner, List<Integer> ns) {
        List<Long> want = ns.stream().map(FibonacciTest::expected).toList();
        return () -> {
            List<Long> got = runner.fibs(ns);
            if (!want.equals(got)) {
                throw new AssertionError(name + " returned " + got + " for " + ns + " during the speed trial; expected "
                        + want);
            }
        };
    }

    private static void enforce(KernelTrial.Judged judged, String name, TestReporter reporter) {
        System.out.printf("%s: %s%n", name, judged.verdict().message());
        judged.enforce(reporter, name);
    }

    @Test
    @Tag("task:2")
    void thread_per_task_nears_the_bound_of_its_longest_task(TestReporter reporter) {
        List<Integer> pair = List.of(36, 37);
        try (FibonacciRunner runner = new ThreadPerTaskFibonacci()) {
            runner.fibs(List.of(5)); // a stub fails here, as "not attempted"
            enforce(KernelTrial.judged(() -> KernelTrial.run(TRIAL, PlainThreads.oneAfterAnother(kernels(pair)),
                    PlainThreads.dealing(2, kernels(pair)), checked("ThreadPerTaskFibonacci", runner, pair)), trial -> {
                        double total = trial.baselineCalls().stream().mapToLong(c -> c.endNanos() - c.startNanos())
                                .sum();
                        double longest = trial.baselineCalls().stream().filter(c -> c.argument() == 37)
                                .mapToLong(c -> c.endNanos() - c.startNanos()).average().orElse(0);
                        int runs = trial.baselineCalls().size() / pair.size();
                        double bound = runs == 0 || longest == 0 ? Double.POSITIVE_INFINITY : total / runs / longest;
                        return SpeedVerdict.judge("ThreadPerTaskFibonacci", trial.comparison(), LONGEST_TASK, bound,
                                "fib(36) + fib(37) over fib(37), as timed in the baseline", trial.learnerOverlapped(),
                                "Start both threads before joining either: join() right after start() runs them one"
                                        + " after the other.");
                    }), "ThreadPerTaskFibonacci", reporter);
        }
    }

    @Test
    @Tag("task:6")
    void fork_join_keeps_up_with_a_plain_thread_per_core(TestReporter reporter) {
        List<Integer> ns = List.of(34, 35, 34, 35, 34, 35, 34, 35);
        try (FibonacciRunner runner = new ForkJoinFibonacci()) {
            runner.fibs(List.of(5)); // a stub fails here, as "not attempted"
            enforce(KernelTrial.judged(() -> KernelTrial.run(TRIAL, PlainThreads.oneAfterAnother(kernels(ns)),
                    PlainThreads.dealing(Runtime.getRuntime().availableProcessors(), kernels(ns)),
                    checked("ForkJoinFibonacci", runner, ns)), trial -> SpeedVerdict.judge("ForkJoinFibonacci",
                            trial.comparison(), SpeedVerdict.Criteria.PRACTICE, trial.learnerOverlapped(),
                            "Split fib(n) into fork()ed fib(n - 2) and compute()d fib(n - 1) down to THRESHOLD, then"
                                    + " call Kernels.fib: a threshold far too low drowns the work in tasks, none at"
                                    + " all leaves each position as one piece on one core.")),
                    "ForkJoinFibonacci", reporter);
        }
    }

    @Test
    @Tag("task:5")
    void event_loop_keeps_one_core_busy_at_most(TestReporter reporter) {
        // Runs of a tenth of a second or so: in a run of 25 ms, the JIT's own threads alone could add a third of a
        // core to the cores busy (seen: 1.31 for the reference)
        List<Integer> ns = List.of(35, 36, 34);
        try (FibonacciRunner runner = new EventLoopFibonacci()) {
            runner.fibs(List.of(5)); // a stub fails here, as "not attempted"
            KernelTrial trial = KernelTrial.run(TRIAL, PlainThreads.oneAfterAnother(kernels(ns)),
                    PlainThreads.oneAfterAnother(kernels(ns)), checked("EventLoopFibonacci", runner, ns));
            Comparison comparison = trial.comparison();
            trial.measurement("EventLoopFibonacci", null).publish(reporter);
            List<String> threads = trial.learnerCalls().stream().map(KernelCall::thread).distinct().toList();
            if (trial.mostThreadsInOneRun() != 1 || comparison.learnerCores() > 1.3) {
                throw new AssertionError(String.format(Locale.ROOT, "EventLoopFibonacci ran the kernel calls of one"
                        + " call on up to %d threads (all its calls: %s) and kept %.2f cores busy: an event loop is one"
                        + " thread that runs every task in turn, so at most one core. Make one single-thread executor"
                        + " per call and submit every task to it. (%s)", trial.mostThreadsInOneRun(), threads,
                        comparison.learnerCores(), comparison.figures()));
            }
            System.out.printf(Locale.ROOT, "EventLoopFibonacci: every task on one thread at %.2f× the sequential"
                    + " speed: concurrency without parallelism. (%s)%n", comparison.learnerSpeedup(),
                    comparison.figures());
        }
    }
}
