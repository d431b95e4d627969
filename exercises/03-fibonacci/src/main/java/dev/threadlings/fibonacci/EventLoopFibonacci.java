package dev.threadlings.fibonacci;

import java.util.List;

/** Every position a task on one event-loop thread, as asyncio runs coroutines. */
public class EventLoopFibonacci implements FibonacciRunner {

    /** Makes the strategy. */
    public EventLoopFibonacci() {
    }

    @Override
    public List<Long> fibs(List<Integer> ns) {
        throw new UnsupportedOperationException(
                "TODO(fibonacci/event-loop): make a single-thread executor for the call, start"
                        + " CompletableFuture.supplyAsync(() -> Kernels.fib(n), loop) for every position, wait for"
                        + " all, close the executor; see README task 5");
    }
}
