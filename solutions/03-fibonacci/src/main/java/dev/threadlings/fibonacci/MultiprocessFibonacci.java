package dev.threadlings.fibonacci;

import dev.threadlings.kit.process.JavaCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Deals the positions out to {@code processes} child JVMs: the route CPython takes around its interpreter
 * lock, each process with an interpreter (here: a JVM) of its own.
 *
 * <p>Position {@code i} goes to worker {@code i % processes} as the line {@code i<TAB>n} on its standard
 * input; the worker answers {@code i<TAB>fib(n)} and exits when its standard input ends. No worker
 * outlives the call, also when one of them fails or the calling thread is interrupted.
 */
public class MultiprocessFibonacci implements FibonacciRunner {

    private final int processes;

    /**
     * Makes a strategy that starts {@code processes} worker JVMs per call.
     *
     * @param processes how many worker processes, at least 1
     */
    public MultiprocessFibonacci(int processes) {
        if (processes < 1) {
            throw new IllegalArgumentException("processes must be at least 1, was " + processes);
        }
        this.processes = processes;
    }

    @Override
    public List<Long> fibs(List<Integer> numbers) {
        Positions.check(numbers);
        if (numbers.isEmpty()) {
            return List.of();
        }
        int count = Math.min(processes, numbers.size());
        List<Process> workers = new ArrayList<>(count);
        List<Thread> helpers = new ArrayList<>(2 * count);
        try {
            for (int w = 0; w < count; w++) {
                workers.add(new ProcessBuilder(JavaCommand.forCpuBoundMain(FibonacciWorker.class))
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start());
            }
            // Feed and read each worker on threads of their own: a worker whose answers are not read yet may
            // stop reading its input, and one thread writing to it would then wait forever. The calling
            // thread only waits, so an interrupt reaches it at once (a blocked read would not notice one).
            Long[] results = new Long[numbers.size()];
            List<CompletableFuture<Void>> answers = new ArrayList<>(count);
            for (int w = 0; w < count; w++) {
                int worker = w;
                helpers.add(Thread.ofPlatform().name("fib-feeder-" + w)
                        .start(() -> feed(workers.get(worker), numbers, worker, count)));
                CompletableFuture<Void> answered = new CompletableFuture<>();
                helpers.add(Thread.ofPlatform().name("fib-reader-" + w).start(() -> {
                    try {
                        read(workers.get(worker), worker, count, results);
                        answered.complete(null);
                    } catch (IOException | RuntimeException e) {
                        answered.completeExceptionally(e);
                    }
                }));
                answers.add(answered);
            }
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get();
            return Arrays.asList(results);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the worker processes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted: the worker processes were stopped");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new UncheckedIOException("could not talk to a worker process", (IOException) e.getCause());
        } finally {
            // Clean up with the interrupt flag put aside, so the waits below really wait; then restore it.
            boolean interrupted = Thread.interrupted();
            workers.forEach(MultiprocessFibonacci::stop);
            helpers.forEach(MultiprocessFibonacci::join);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void feed(Process worker, List<Integer> numbers, int w, int count) {
        try (Writer in = worker.outputWriter(StandardCharsets.UTF_8)) {
            for (int i = w; i < numbers.size(); i += count) {
                in.write(i + "\t" + numbers.get(i) + "\n");
            }
        } catch (IOException e) {
            // The worker died before it read everything; read() reports it with its exit code.
        }
    }

    private static void read(Process worker, int w, int count, Long[] results) throws IOException {
        String name = "worker " + w + " (pid " + worker.pid() + ")";
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                int tab = line.indexOf('\t');
                int i;
                long result;
                try {
                    i = Integer.parseInt(line.substring(0, tab));
                    result = Long.parseLong(line.substring(tab + 1));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(name + " answered a line that is not index<TAB>fib: " + line, e);
                }
                if (i < 0 || i >= results.length || i % count != w || results[i] != null) {
                    throw new IllegalStateException(name + " answered for an index it was not given: " + line);
                }
                results[i] = result;
            }
        }
        int exit = waitFor(worker);
        if (exit != 0) {
            throw new IllegalStateException(name + " exited with code " + exit);
        }
        for (int i = w; i < results.length; i += count) {
            if (results[i] == null) {
                throw new IllegalStateException(name + " exited without answering for index " + i);
            }
        }
    }

    private static int waitFor(Process worker) {
        try {
            if (worker.waitFor(10, TimeUnit.SECONDS)) {
                return worker.exitValue();
            }
            throw new IllegalStateException("worker pid " + worker.pid() + " closed its output but did not exit");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for worker pid " + worker.pid(), e);
        }
    }

    private static void stop(Process worker) {
        if (!worker.isAlive()) {
            return;
        }
        worker.destroy();
        try {
            if (!worker.waitFor(1, TimeUnit.SECONDS)) {
                worker.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            worker.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread feeder) {
        try {
            feeder.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
