package dev.threadlings.fibonacci;

import dev.threadlings.kit.kernels.Kernels;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Every position a task on one event-loop thread, as asyncio runs coroutines: all of them are "started"
 * at once, and one thread computes them one after another. Correct, and no faster than sequential.
 */
public class EventLoopFibonacci implements FibonacciRunner {

    /** Makes the strategy. */
    public EventLoopFibonacci() {
    }

    @Override
    public List<Long> fibs(List<Integer> ns) {
        Positions.check(ns);
        try (ExecutorService loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "event-loop"))) {
            List<CompletableFuture<Long>> tasks = ns.stream()
                    .map(n -> CompletableFuture.supplyAsync(() -> Kernels.fib(n), loop))
                    .toList();
            CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).join();
            return tasks.stream().map(CompletableFuture::resultNow).toList();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
