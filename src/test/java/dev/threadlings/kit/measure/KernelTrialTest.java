package dev.threadlings.kit.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.kit.kernels.KernelCall;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KernelTrialTest {

    private static final KernelCall ONE = new KernelCall("fib", 30, "a", 1, false, 1, 0, 100);
    private static final KernelCall BESIDE_ONE = new KernelCall("fib", 30, "b", 2, false, 1, 50, 150);
    private static final KernelCall AFTER_ONE = new KernelCall("fib", 30, "b", 2, false, 1, 100, 200);

    /** Baseline, reference and learner at 400, 220 and 300 ms: a fail that noise can explain. */
    private static final Comparison WITHIN_REACH = comparison(400, 220, 300);

    private static Comparison comparison(long baselineMillis, long referenceMillis, long learnerMillis) {
        java.util.function.Function<Long, List<CpuUse>> runs = millis -> List.of(new CpuUse(millis * 1_000_000,
                millis * 1_000_000, 0));
        return new Comparison(runs.apply(baselineMillis), runs.apply(referenceMillis), runs.apply(learnerMillis),
                new CpuUse(200_000_000, 0, 0));
    }

    private static KernelTrial trial(KernelCall... learnerCalls) {
        return trial(WITHIN_REACH, learnerCalls);
    }

    private static KernelTrial trial(Comparison comparison, KernelCall... learnerCalls) {
        return new KernelTrial(comparison, List.of(), List.of(learnerCalls), List.of());
    }

    private static java.util.function.Supplier<KernelTrial> counted(AtomicInteger trials, KernelCall... calls) {
        return counted(trials, WITHIN_REACH, calls);
    }

    private static java.util.function.Supplier<KernelTrial> counted(AtomicInteger trials, Comparison comparison,
            KernelCall... calls) {
        return () -> {
            trials.incrementAndGet();
            return trial(comparison, calls);
        };
    }

    private static SpeedVerdict verdict(SpeedVerdict.Outcome outcome) {
        return new SpeedVerdict(outcome, outcome.name(), 1.5);
    }

    @Test
    void a_fail_of_work_that_overlapped_is_measured_once_more_and_the_second_verdict_counts() {
        AtomicInteger trials = new AtomicInteger();
        Deque<SpeedVerdict.Outcome> outcomes = new ArrayDeque<>(List.of(SpeedVerdict.Outcome.FAIL,
                SpeedVerdict.Outcome.PASS));
        KernelTrial.Judged judged = KernelTrial.judged(counted(trials, ONE, BESIDE_ONE),
                trial -> verdict(outcomes.pop()));

        assertThat(trials).hasValue(2);
        assertThat(judged.verdict().outcome()).isEqualTo(SpeedVerdict.Outcome.PASS);
    }

    @Test
    void work_that_never_overlapped_fails_at_once_and_a_pass_is_never_measured_again() {
        AtomicInteger trials = new AtomicInteger();
        KernelTrial.Judged failed = KernelTrial.judged(counted(trials, ONE, AFTER_ONE),
                trial -> verdict(SpeedVerdict.Outcome.FAIL));
        assertThat(trials).hasValue(1);
        assertThat(failed.verdict().outcome()).isEqualTo(SpeedVerdict.Outcome.FAIL);

        KernelTrial.Judged passed = KernelTrial.judged(counted(trials, ONE, BESIDE_ONE),
                trial -> verdict(SpeedVerdict.Outcome.PASS));
        assertThat(trials).hasValue(2);
        assertThat(passed.verdict().outcome()).isEqualTo(SpeedVerdict.Outcome.PASS);

        Deque<SpeedVerdict.Outcome> twice = new ArrayDeque<>(List.of(SpeedVerdict.Outcome.FAIL,
                SpeedVerdict.Outcome.FAIL));
        KernelTrial.Judged again = KernelTrial.judged(() -> trial(ONE, BESIDE_ONE), trial -> verdict(twice.pop()));
        assertThat(again.verdict().outcome()).as("two fails in a row fail").isEqualTo(SpeedVerdict.Outcome.FAIL);
        assertThat(twice).isEmpty();
    }

    @Test
    void work_that_overlapped_yet_ran_more_than_twice_as_slow_as_the_baseline_fails_at_once() {
        AtomicInteger trials = new AtomicInteger();
        KernelTrial.Judged drowned = KernelTrial.judged(counted(trials, comparison(400, 220, 900), ONE, BESIDE_ONE),
                trial -> verdict(SpeedVerdict.Outcome.FAIL));
        assertThat(trials).as("trials of work 2.25 times slower than the baseline").hasValue(1);
        assertThat(drowned.verdict().outcome()).isEqualTo(SpeedVerdict.Outcome.FAIL);

        KernelTrial.Judged slowerYetNear = KernelTrial.judged(counted(trials, comparison(400, 220, 700), ONE,
                BESIDE_ONE), trial -> verdict(SpeedVerdict.Outcome.FAIL));
        assertThat(trials).as("1 + 2 trials: work 1.75 times slower than the baseline is measured again").hasValue(3);
        assertThat(slowerYetNear.verdict().outcome()).isEqualTo(SpeedVerdict.Outcome.FAIL);
    }
}
