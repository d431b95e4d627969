package dev.threadlings.sumsquares;

import dev.threadlings.kit.messages.KernelMessages;
import java.math.BigInteger;
import java.util.List;

/** The teaching failure messages of exercise 02: what was expected, what was measured, what to try. */
public final class SumOfSquaresMessages {

    private SumOfSquaresMessages() {
    }

    /**
     * A strategy returned a wrong sum.
     *
     * @param strategy the strategy's class name
     * @param index the position in the input
     * @param n the number at that position
     * @param expected the exact sum
     * @param actual what the strategy returned
     * @return the message
     */
    public static String wrongSum(String strategy, int index, int n, BigInteger expected, BigInteger actual) {
        return strategy + " returned " + actual + " at position " + index + " (n = " + n + "), expected " + expected
                + ". Results must come back in input order, one per number, each from Kernels.sumOfSquares(n)"
                + (actual != null && actual.bitLength() <= 64 && expected.bitLength() > 63
                        ? "; the expected sum does not fit in a long: did a long overflow?" : ".");
    }

    /**
     * A strategy made the wrong number of kernel calls.
     *
     * @param strategy the strategy's class name
     * @param numbers how many numbers it was given
     * @param calls how many kernel calls the log recorded
     * @param workers whether the strategy computes in worker processes
     * @return the message
     */
    public static String kernelCalls(String strategy, int numbers, int calls, boolean workers) {
        if (calls == 0 && numbers > 0) {
            return KernelMessages.noCalls(strategy, "Kernels.sumOfSquares(n)", workers);
        }
        return strategy + " made " + calls + " kernel call" + (calls == 1 ? "" : "s") + " for " + numbers
                + " numbers (expected exactly one Kernels.sumOfSquares(n) per number, in every call). "
                + (calls < numbers
                        ? "Results kept from an earlier call, a formula or a hard-coded answer skip the work the"
                                + " exercise measures."
                        : "Is a number computed twice?");
    }

    /**
     * A strategy did not spread its work as its kind promises.
     *
     * @param strategy the strategy's class name
     * @param calls how many kernel calls the log recorded
     * @param expected what the lesson expects, for example {@code "at least 2 threads"}
     * @param seen what ran the kernel calls, for example {@code "1 thread"} or {@code "3 processes"}
     * @param overlapping how many pairs of kernel calls overlapped in time
     * @param hint the likely cause and what to try
     * @return the message; with no kernel call at all, why the evidence is missing instead of the hint
     */
    public static String notSpread(String strategy, int calls, String expected, String seen, int overlapping,
            String hint) {
        if (calls == 0) {
            return KernelMessages.noCalls(strategy, "Kernels.sumOfSquares(n)", strategy.startsWith("Multiprocess"));
        }
        return strategy + " ran its kernel calls on " + seen + ", and " + overlapping + " pair"
                + (overlapping == 1 ? "" : "s") + " of calls overlapped in time (expected " + expected
                + ", as the kernel log records them). " + hint;
    }

    /**
     * A strategy returned the wrong list of results.
     *
     * @param strategy the strategy's name
     * @param numbers the numbers it was given
     * @param expected the exact sums, in order
     * @param actual what it returned
     * @return the message
     */
    public static String wrongResults(String strategy, List<Integer> numbers, List<BigInteger> expected,
            List<BigInteger> actual) {
        return strategy + " returned the wrong results for " + numbers + ":\n  expected " + expected + "\n  got      "
                + actual + "\nOne result per number, in the order of the input (duplicates included)."
                + " If the values are right but shuffled, collect the results by index, not as tasks finish.";
    }

    /**
     * A strategy did not throw {@code IllegalArgumentException} for a negative number.
     *
     * @param strategy the strategy's name
     * @param thrown what it threw instead, or {@code null}
     * @return the message
     */
    public static String notIllegalArgument(String strategy, Throwable thrown) {
        return strategy + " should throw IllegalArgumentException for a negative number, but "
                + (thrown == null ? "threw nothing" : "threw " + thrown)
                + ". Kernels.sumOfSquares throws it; if it comes back wrapped in an ExecutionException or a"
                + " CompletionException, throw its cause instead.";
    }

    /**
     * A strategy's kernel calls did not match its numbers one to one.
     *
     * @param strategy the strategy's name
     * @param numbers the numbers it was given
     * @param calls the arguments of the kernel calls the log saw
     * @return the message
     */
    public static String wrongKernelCalls(String strategy, List<Integer> numbers, List<Long> calls) {
        return strategy + " should call Kernels.sumOfSquares exactly once per number during the call: numbers "
                + numbers + ", kernel calls seen " + calls + ". No caching, no shortcuts, no call twice.";
    }

    /**
     * A strategy ran its kernel calls on another number of threads (or processes) than it was given.
     *
     * @param strategy the strategy as messages name it, with its size
     * @param what {@code "threads"} or {@code "processes"}
     * @param size how many it was given
     * @param seen how many distinct ones ran kernel calls
     * @param numbers how many numbers the call had (more than {@code size})
     * @return the message
     */
    public static String wrongThreadCount(String strategy, String what, int size, int seen, int numbers) {
        String cause = what.equals("threads")
                ? "A pool sized by Runtime.availableProcessors() (" + Runtime.getRuntime().availableProcessors()
                        + " here), a cached pool or a thread per number ignores the size it was given: make the pool"
                        + " with Executors.newFixedThreadPool(threads)."
                : "Start exactly `processes` workers (a count from Runtime.availableProcessors() or one per number"
                        + " ignores it), and deal the numbers out among them.";
        return strategy + " ran its kernel calls on " + seen + " " + what + " for " + numbers + " numbers (expected"
                + " exactly " + size + ": it was given " + size + " " + what + ", and with more numbers than that every"
                + " one of them gets work). " + cause;
    }
}
