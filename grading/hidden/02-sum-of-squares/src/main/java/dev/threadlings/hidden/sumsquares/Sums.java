package dev.threadlings.hidden.sumsquares;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.sumsquares.SumOfSquaresMessages;
import java.math.BigInteger;
import java.util.List;

/** Expected sums, and one recorded run of a strategy. */
final class Sums {

    private Sums() {
    }

    /** The exact sum by the closed form n(n-1)(2n-1)/6: the tests' own check, never shown to strategies. */
    static BigInteger expected(int n) {
        BigInteger big = BigInteger.valueOf(n);
        return big.multiply(big.subtract(BigInteger.ONE)).multiply(big.shiftLeft(1).subtract(BigInteger.ONE))
                .divide(BigInteger.valueOf(6));
    }

    /** Checks count, order and every value, with teaching messages. */
    static void assertCorrect(String strategy, List<Integer> numbers, List<BigInteger> results) {
        assertThat(results).as("%s returned %s results for %d numbers (expected one per number, in order)", strategy,
                results == null ? "no" : results.size(), numbers.size()).isNotNull().hasSize(numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            BigInteger want = expected(numbers.get(i));
            assertThat(results.get(i))
                    .as(SumOfSquaresMessages.wrongSum(strategy, i, numbers.get(i), want, results.get(i)))
                    .isEqualTo(want);
        }
    }
}
