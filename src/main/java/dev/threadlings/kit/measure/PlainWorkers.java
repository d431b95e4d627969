package dev.threadlings.kit.measure;

import dev.threadlings.kit.kernels.Kernels;
import dev.threadlings.kit.process.JavaCommand;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A yardstick for the learner's own speed checks of multiprocess strategies: the same numbers dealt out in turn to
 * a few plain worker JVMs, started at once, each running the kit's kernel on its share and exiting. What it
 * reaches is what worker processes give on this machine right now, start-up and a cold JIT included. Strategies
 * may not use it: the grader refuses a submission that names it.
 */
public final class PlainWorkers {

    private PlainWorkers() {
    }

    /**
     * Makes a run that deals the numbers out to {@code workers} worker JVMs and waits for them all.
     *
     * @param workers how many worker JVMs
     * @param kernel {@code "sumOfSquares"} or {@code "fib"}: the kit kernel each worker runs on its numbers
     * @param numbers the numbers
     * @return the run
     */
    public static Runnable dealing(int workers, String kernel, List<Integer> numbers) {
        return () -> {
            List<Process> started = new ArrayList<>();
            try {
                for (int w = 0; w < workers; w++) {
                    List<String> args = new ArrayList<>(List.of(kernel));
                    for (int i = w; i < numbers.size(); i += workers) {
                        args.add(Integer.toString(numbers.get(i)));
                    }
                    started.add(new ProcessBuilder(JavaCommand.forCpuBoundMain(Worker.class,
                            args.toArray(String[]::new))).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
                }
                for (Process process : started) {
                    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                        throw new IllegalStateException("a yardstick worker JVM failed or did not end in 60 s");
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("could not start a yardstick worker JVM", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the yardstick workers ran", e);
            } finally {
                started.forEach(Process::destroyForcibly);
            }
        };
    }

    /** A yardstick worker: runs a kit kernel on the numbers of its arguments, then exits. */
    public static final class Worker {

        private Worker() {
        }

        /**
         * Runs the kernel named by the first argument on each number after it.
         *
         * @param args the kernel's name, then the numbers
         */
        public static void main(String[] args) {
            for (int i = 1; i < args.length; i++) {
                int n = Integer.parseInt(args[i]);
                if (args[0].equals("fib")) {
                    Kernels.fib(n);
                } else {
                    Kernels.sumOfSquares(n);
                }
            }
        }
    }
}
