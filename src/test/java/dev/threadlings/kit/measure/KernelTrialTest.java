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

    private static KernelTrial trial(KernelCall... learnerCalls) {
        return new KernelTrial(null, List.of(), List.of(learnerCalls), List.of());
    }

    private static java.util.function.Supplier<KernelTrial> counted(AtomicInteger trials, KernelCall... calls) {
        return () -> {
            trials.incrementAndGet();
            return trial(calls);
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
}
