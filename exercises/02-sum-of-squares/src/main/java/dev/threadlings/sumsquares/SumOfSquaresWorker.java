package dev.threadlings.sumsquares;

/**
 * The child JVM of {@link MultiprocessSumOfSquares}: reads {@code index<TAB>n} lines from standard input,
 * answers {@code index<TAB>Kernels.sumOfSquares(n)} for each, and exits when standard input ends.
 */
public class SumOfSquaresWorker {

    /**
     * Runs the worker until its standard input ends.
     *
     * @param args not used
     * @throws Exception when standard input or output fails
     */
    public static void main(String[] args) throws Exception {
        throw new UnsupportedOperationException(
                "TODO(sum-of-squares/worker): read index<TAB>n lines from System.in until it ends; for each, print"
                        + " index<TAB>Kernels.sumOfSquares(n) and flush; see README task 5");
    }
}
