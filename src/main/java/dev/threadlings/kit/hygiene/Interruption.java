package dev.threadlings.kit.hygiene;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Interrupts a call that runs worker processes, and checks that it ends and leaves none of them alive. */
public final class Interruption {

    private Interruption() {
    }

    /**
     * Runs {@code call} on a thread of its own, interrupts that thread once {@code workers} child processes
     * run, and checks that the call ends within 4 s and that no child process is left alive.
     *
     * @param strategy the strategy as messages name it
     * @param workers how many worker processes the call starts
     * @param call a call that runs for several seconds in worker processes
     * @throws InterruptedException when the test itself is interrupted
     */
    public static void assertStopsItsWorkers(String strategy, int workers, Runnable call) throws InterruptedException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().name("interrupted-caller").start(() -> {
            try {
                call.run();
                outcome.set("with results");
            } catch (RuntimeException e) {
                outcome.set(e);
            }
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (ProcessHandle.current().descendants().count() < workers && caller.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(300); // the workers are computing now
        caller.interrupt();
        caller.join(Duration.ofSeconds(4));
        boolean returned = !caller.isAlive();
        List<String> alive = ChildProcesses.alive(Duration.ofSeconds(1));
        try {
            if (!returned) {
                throw new AssertionError(strategy + " was still busy 4 s after its calling thread was interrupted (its"
                        + " work takes several seconds). Wait for the workers in a way an interrupt ends"
                        + " (Future.get(), Thread.join(), Process.waitFor(); a blocking read of a worker's output does"
                        + " not notice one), then destroy() the workers in a finally block and let the call end.");
            }
            if (!alive.isEmpty()) {
                throw new AssertionError(strategy + " returned after an interrupt (" + outcome.get() + ") but left "
                        + alive.size() + " worker process(es) running: " + alive + ". Destroy the workers in a"
                        + " finally block, so they stop whichever way the call ends.");
            }
        } finally {
            caller.interrupt();
            ChildProcesses.destroyAll();
            caller.join(Duration.ofSeconds(10));
        }
    }
}
