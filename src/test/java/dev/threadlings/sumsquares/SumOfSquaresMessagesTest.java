package dev.threadlings.sumsquares;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SumOfSquaresMessagesTest {

    @Test
    void a_wrong_sum_that_fits_a_long_where_the_answer_does_not_suggests_overflow() {
        assertThat(SumOfSquaresMessages.wrongSum("SequentialSumOfSquares", 2, 5_000_000,
                new BigInteger("41666654166667500000"), BigInteger.valueOf(-1_860_833_980_460_206_592L)))
                .startsWith("SequentialSumOfSquares returned -1860833980460206592 at position 2 (n = 5000000),"
                        + " expected 41666654166667500000.")
                .endsWith("did a long overflow?");
        assertThat(SumOfSquaresMessages.wrongSum("X", 0, 3, BigInteger.valueOf(5), BigInteger.valueOf(6)))
                .doesNotContain("overflow");
    }

    @Test
    void kernel_calls_guess_the_cause_from_the_direction() {
        assertThat(SumOfSquaresMessages.kernelCalls("ThreadedSumOfSquares", 12, 3, false))
                .contains("made 3 kernel calls for 12 numbers").contains("earlier call");
        assertThat(SumOfSquaresMessages.kernelCalls("ThreadedSumOfSquares", 12, 13, false)).contains("computed twice");
    }

    @Test
    void no_kernel_call_at_all_says_why_the_evidence_is_missing_not_how_to_split() {
        assertThat(SumOfSquaresMessages.kernelCalls("ThreadedSumOfSquares", 12, 0, false))
                .contains("made no call of Kernels.sumOfSquares(n)").contains("a formula, a cache, a table")
                .doesNotContain("JavaCommand");
        assertThat(SumOfSquaresMessages.kernelCalls("MultiprocessSumOfSquares", 12, 0, true))
                .contains("a java command line built by hand does not pass the log on")
                .contains("threadlings.kernel.log").doesNotContain("formula");
        assertThat(SumOfSquaresMessages.notSpread("ThreadedSumOfSquares", 0, "at least 2 threads", "0 threads", 0,
                "Submit every number before waiting")).contains("made no call of Kernels.sumOfSquares(n)")
                .doesNotContain("Submit every number");
    }

    @Test
    void not_spread_carries_both_counts_and_the_hint() {
        assertThat(SumOfSquaresMessages.notSpread("ForkJoinSumOfSquares", 12, "at least 2 threads", "1 thread", 0,
                "Fork!")).isEqualTo("ForkJoinSumOfSquares ran its kernel calls on 1 thread, and 0 pairs of calls"
                        + " overlapped in time (expected at least 2 threads, as the kernel log records them). Fork!");
    }

    @Test
    void a_wrong_thread_count_names_the_size_given_and_the_likely_cause() {
        assertThat(SumOfSquaresMessages.wrongThreadCount("ThreadedSumOfSquares(3)", "threads", 3, 2, 9))
                .startsWith("ThreadedSumOfSquares(3) ran its kernel calls on 2 threads for 9 numbers (expected exactly 3")
                .contains("availableProcessors()").contains("newFixedThreadPool(threads)");
        assertThat(SumOfSquaresMessages.wrongThreadCount("MultiprocessSumOfSquares(3)", "processes", 3, 2, 9))
                .contains("2 processes").contains("Start exactly `processes` workers");
    }

    @Test
    void the_visible_tests_messages_name_what_was_expected_and_what_came() {
        assertThat(SumOfSquaresMessages.wrongResults("Threaded", java.util.List.of(2, 3),
                java.util.List.of(BigInteger.ONE, BigInteger.valueOf(5)), java.util.List.of(BigInteger.valueOf(5),
                        BigInteger.ONE)))
                .contains("expected [1, 5]").contains("got      [5, 1]").contains("collect the results by index");
        assertThat(SumOfSquaresMessages.notIllegalArgument("Async", null)).contains("threw nothing");
        assertThat(SumOfSquaresMessages.wrongKernelCalls("ForkJoin", java.util.List.of(4, 4), java.util.List.of(4L)))
                .contains("numbers [4, 4], kernel calls seen [4]");
    }
}
