package dev.threadlings.fibonacci;

import dev.threadlings.kit.kernels.Kernels;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The main class of a worker JVM of {@link MultiprocessFibonacci}: reads lines {@code i<TAB>n} from its
 * standard input, answers {@code i<TAB>fib(n)} for each on its standard output, and exits when the input ends.
 */
public class FibonacciWorker {

    /**
     * Runs the worker until its standard input ends.
     *
     * @param args not used
     * @throws Exception when standard input or output fails
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                int n = Integer.parseInt(line.substring(tab + 1).strip());
                out.println(line.substring(0, tab) + "\t" + Kernels.fib(n));
                out.flush();
            }
        }
    }
}
