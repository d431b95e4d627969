package dev.threadlings.kit.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.kit.measure.SpeedVerdict.Outcome;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SpeedVerdictTest {

    private static final SpeedVerdict.Criteria CRITERIA = SpeedVerdict.Criteria.CPU_BOUND;
    private static final CpuUse QUIET = new CpuUse(200_000_000L, 2_000_000L, 0);

    /** Three runs of {@code millis} wall time keeping {@code cores} cores busy. */
    private static List<CpuUse> runs(double millis, double cores) {
        long wall = (long) (millis * 1e6);
        return List.of(run(wall * 2, cores), run(wall, cores), run(wall - 1, cores)); // median: wall
    }

    private static CpuUse run(long wall, double cores) {
        return new CpuUse(wall, (long) (wall * cores), 0);
    }

    private static SpeedVerdict judge(Comparison comparison, boolean overlap) {
        return SpeedVerdict.judge("ThreadedSumOfSquares(2)", comparison, CRITERIA, overlap, "HINT.");
    }

    @Test
    void passes_at_seventy_percent_of_the_reference_speedup_and_fails_below() {
        Comparison justEnough = new Comparison(runs(400, 1), runs(200, 1.9), runs(400 / 1.4, 1.9), QUIET);
        Comparison tooSlow = new Comparison(runs(400, 1), runs(200, 1.9), runs(400 / 1.38, 1.9), QUIET);

        assertThat(judge(justEnough, true).outcome()).isEqualTo(Outcome.PASS);
        SpeedVerdict slow = judge(tooSlow, true);
        assertThat(slow.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(slow.message()).contains("1.38× faster", "2.00× faster", "at least 1.40×", "HINT.",
                "yours 290 ms", "reference 200 ms", "baseline 400 ms");
    }

    @Test
    void a_strategy_slower_than_the_baseline_is_called_slower_not_a_fraction_faster() {
        Comparison slower = new Comparison(runs(400, 1), runs(200, 1.9), runs(500, 1.7), QUIET);

        SpeedVerdict verdict = judge(slower, true);

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.message()).contains("was 1.25× slower than the baseline", "2.00× faster in the same run")
                .doesNotContain("0.80× faster");
    }

    @Test
    void far_slower_than_the_baseline_fails_even_where_the_machine_shows_no_gain() {
        Comparison oneCoreDrowned = new Comparison(runs(400, 1), runs(400, 1), runs(1000, 1), QUIET);
        Comparison oneCoreFine = new Comparison(runs(400, 1), runs(400, 1), runs(480, 1), QUIET);

        SpeedVerdict drowned = judge(oneCoreDrowned, true);

        assertThat(drowned.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(drowned.message()).contains("2.50× slower than the baseline", "drowned in overhead", "HINT.");
        assertThat(judge(oneCoreFine, true).outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        // Half a CPU: worker processes' reference itself was 0.71x its one-worker baseline.
        Comparison halfCpu = new Comparison(runs(880, 0.5), runs(1240, 0.5), runs(1900, 0.5), QUIET);
        assertThat(judge(halfCpu, true).outcome()).isEqualTo(Outcome.INCONCLUSIVE);
    }

    @Test
    void against_a_bound_needs_a_share_of_the_lower_of_bound_and_reference() {
        Comparison fullMachine = new Comparison(runs(500, 1), runs(310, 1.6), runs(380, 1.3), QUIET);

        SpeedVerdict verdict = SpeedVerdict.judge("ThreadPerTaskFibonacci", fullMachine, new SpeedVerdict.Criteria(0.8,
                1.3, 1.8, 1.6, 0.25), 1.62, "fib(40) + fib(41) over fib(41)", true, "HINT.");

        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS); // 1.32× >= 0.8 × min(1.62, 1.61)
        assertThat(verdict.message()).contains("allows at most 1.62× (fib(40) + fib(41) over fib(41))");
        Comparison slow = new Comparison(runs(500, 1), runs(310, 1.6), runs(420, 1.2), QUIET);
        assertThat(SpeedVerdict.judge("ThreadPerTaskFibonacci", slow, new SpeedVerdict.Criteria(0.8, 1.3, 1.8, 1.6,
                0.25), 1.62, "work over the longest task", true, "HINT.").outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void is_inconclusive_when_the_reference_shows_no_gain_and_the_calls_overlapped() {
        Comparison oneCore = new Comparison(runs(400, 1), runs(390, 1), runs(800, 1), QUIET);

        SpeedVerdict verdict = judge(oneCore, true);

        assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(verdict.message()).contains("only 1.03× faster", "no points are lost");
    }

    @Test
    void names_a_reference_slower_than_its_baseline_as_slower() {
        Comparison crowded = new Comparison(runs(400, 1), runs(500, 1), runs(800, 1), QUIET);

        SpeedVerdict verdict = judge(crowded, true);

        assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(verdict.message()).contains("the reference was 1.25× slower than the baseline here")
                .doesNotContain("only 0.80×");
    }

    @Test
    void fails_without_overlap_even_when_the_machine_shows_no_gain() {
        Comparison oneCore = new Comparison(runs(400, 1), runs(390, 1), runs(400, 1), QUIET);

        SpeedVerdict verdict = judge(oneCore, false);

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.message()).contains("never overlapped", "HINT.");
    }

    @Test
    void fails_without_overlap_where_a_slowed_reference_lowers_the_target_to_the_baseline() {
        // Seen in CI: a thread per task that joined each thread at once, 1.0x, against a reference at 1.35x,
        // which asked 0.7 x 1.35 = 0.95x.
        Comparison busy = new Comparison(runs(500, 1), runs(500 / 1.35, 1.3), runs(495, 1), QUIET);

        SpeedVerdict verdict = SpeedVerdict.judge("ThreadPerTaskFibonacci", busy, new SpeedVerdict.Criteria(0.7, 1.3,
                1.8, 1.6, 0.25), 1.62, "work over the longest task", false, "HINT.");

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.message()).contains("never overlapped", "1.01× faster", "HINT.");
        assertThat(SpeedVerdict.judge("ThreadPerTaskFibonacci", busy, new SpeedVerdict.Criteria(0.7, 1.3, 1.8, 1.6,
                0.25), 1.62, "work over the longest task", true, "HINT.").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void fails_a_fast_strategy_that_keeps_too_few_cores_busy_where_the_reference_used_two() {
        Comparison oneCoreUsed = new Comparison(runs(400, 1), runs(210, 1.9), runs(210, 1.2), QUIET);
        Comparison quotaMachine = new Comparison(runs(400, 1), runs(210, 1.7), runs(210, 1.4), QUIET);

        SpeedVerdict verdict = judge(oneCoreUsed, true);

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.message()).contains("kept 1.20 cores busy", "reference kept 1.90");
        // no two free cores shown: 1.4 >= 0.8 × 1.7 is enough
        assertThat(judge(quotaMachine, true).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void asks_a_bounded_work_for_a_share_of_the_cores_its_bound_allows() {
        // fib(39) + fib(40) on two threads: both cores until fib(39) ends, then one; 1.62 cores at best
        Comparison nearTheBound = new Comparison(runs(584, 1), runs(328, 1.83), runs(301, 1.55), QUIET);
        Comparison oneAtATime = new Comparison(runs(584, 1), runs(328, 1.83), runs(330, 1.1), QUIET);
        SpeedVerdict.Criteria longestTask = new SpeedVerdict.Criteria(0.8, 1.3, 1.8, 1.6, 0.25);

        assertThat(SpeedVerdict.judge("ThreadPerTaskFibonacci", nearTheBound, longestTask, 1.62, "the longest task",
                true, "HINT.").outcome()).isEqualTo(Outcome.PASS);
        SpeedVerdict verdict = SpeedVerdict.judge("ThreadPerTaskFibonacci", oneAtATime, longestTask, 1.62,
                "the longest task", true, "HINT.");
        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.message()).contains("kept 1.10 cores busy", "at least 1.38 expected");
    }

    @Test
    void a_contended_machine_is_inconclusive_for_a_lucky_wrong_strategy_and_a_slow_right_one() {
        // Both measured with the other core busy: one thread doing 19 of 20 numbers looked 1.21× faster by
        // luck; the reference code itself, run as the learner's, 1.24× in the trial where the reference made
        // 1.63×. Both kept about 1 core busy: nothing measurable tells them apart, so neither may pass or fail.
        Comparison luckyWrong = new Comparison(runs(331, 1), runs(194, 1.4), runs(273, 1.0), QUIET);
        Comparison slowRight = new Comparison(runs(339, 1), runs(207, 1.4), runs(273, 1.02), QUIET);

        assertThat(judge(luckyWrong, true).outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(judge(slowRight, true).outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(judge(slowRight, true).message()).contains("only 1.64× faster", "at least 1.75×");
    }

    @Test
    void fails_when_the_jvm_was_busy_while_nothing_should_run() {
        CpuUse spinning = new CpuUse(200_000_000L, 190_000_000L, 0);
        Comparison comparison = new Comparison(runs(400, 1), runs(390, 1), runs(400, 1), spinning);

        SpeedVerdict verdict = judge(comparison, true);

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.message()).contains("kept 0.95 cores busy", "left running");
    }

    @Test
    void medians_ignore_one_outlier_and_average_the_middle_pair() {
        List<CpuUse> odd = List.of(run(100, 1), run(900_000, 1), run(300, 1));
        List<CpuUse> even = List.of(run(100, 1), run(200, 1), run(300, 1), run(900_000, 1));

        assertThat(Comparison.median(odd, CpuUse::wallNanos)).isEqualTo(300);
        assertThat(Comparison.median(even, CpuUse::wallNanos)).isEqualTo(250);
    }
}
