package dev.threadlings.sumsquares;

import dev.threadlings.kit.junit.Todo;
import java.math.BigInteger;
import java.util.List;

/** What the tests expect, computed another way than the kernel does. */
final class Expected {

    /** The seed's largest number. */
    static final int SEED = 5_000_000;

    /** {@code sum(i * i for i in range(5_000_000))}, as Python prints it. */
    static final BigInteger SEED_SUM = new BigInteger("41666654166667500000");

    private Expected() {
    }

    /**
     * The sum of squares below {@code n} by the closed form {@code (n - 1) n (2n - 1) / 6}.
     *
     * @param n not negative
     * @return the exact sum
     */
    static BigInteger sumOfSquares(int n) {
        if (n == 0) {
            return BigInteger.ZERO;
        }
        BigInteger big = BigInteger.valueOf(n);
        return big.subtract(BigInteger.ONE).multiply(big).multiply(big.shiftLeft(1).subtract(BigInteger.ONE))
                .divide(BigInteger.valueOf(6));
    }

    static List<BigInteger> sumsOf(List<Integer> numbers) {
        return numbers.stream().map(Expected::sumOfSquares).toList();
    }

    /** Rethrows a stub's TODO as it is, so that a test reports "not attempted" and not a wrong answer. */
    static void rethrowTodo(Throwable thrown) {
        if (thrown instanceof RuntimeException runtime && Todo.isTodo(thrown)) {
            throw runtime;
        }
    }
}
