package dev.threadlings.fibonacci;

/**
 * The main class of a worker JVM of {@link MultiprocessFibonacci}: reads lines {@code i<TAB>n} from its
 * standard input, answers {@code i<TAB>fib(n)} for each on its standard output, and exits when the input ends.
 */
public class FibonacciWorker {

    /**
     * Runs the worker.
     *
     * @param args not used
     * @throws Exception when its input or output fails
     */
    public static void main(String[] args) throws Exception {
        throw new UnsupportedOperationException(
                "TODO(fibonacci/worker): read index<TAB>n lines from System.in until it ends; for each, print"
                        + " index<TAB>Kernels.fib(n) and flush; see README task 7");
    }
}
