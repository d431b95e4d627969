package dev.threadlings.kit.junit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Runs learner work on a thread of its own and waits for it until a deadline, so a test can say in its own words
 * what a hang means (and clean up after it) instead of meeting the build's time limit.
 */
public final class Deadline {

    /** How often a run that may be hopeless is asked. */
    public static final long POLL_MILLIS = 50;

    private Deadline() {
    }

    /**
     * What a run gave.
     *
     * @param value the work's result, or {@code null} when the deadline came first
     * @param cut whether the deadline came first
     * @param runner the thread the work runs on: past the deadline, still running, for the caller to interrupt
     *     or wait for
     * @param <T> the result's type
     */
    public record Outcome<T>(T value, boolean cut, Thread runner) {
    }

    /**
     * Runs {@code work} on a new platform daemon thread and waits for it until {@code deadline}.
     *
     * @param name the thread's name
     * @param work the learner's call
     * @param deadline how long to wait
     * @param <T> the result's type
     * @return the outcome; an exception the work threw (a stub's TODO included) is rethrown as it is
     */
    public static <T> Outcome<T> run(String name, Supplier<T> work, Duration deadline) {
        return run(name, work, deadline, () -> false);
    }

    /**
     * Runs {@code work} as {@link #run(String, Supplier, Duration)} does, cut as soon as {@code hopeless} says it can
     * no longer pass (asked every {@value #POLL_MILLIS} ms): work that would go on for ever (a page asked more often
     * than its budget allows) then fails in a moment, not at the deadline.
     *
     * @param name the thread's name
     * @param work the learner's call
     * @param deadline how long to wait at most
     * @param hopeless whether to stop waiting now
     * @param <T> the result's type
     * @return the outcome, {@code cut} when the deadline came first or the work was hopeless; an exception the work
     *     threw (a stub's TODO included) is rethrown as it is
     */
    public static <T> Outcome<T> run(String name, Supplier<T> work, Duration deadline, BooleanSupplier hopeless) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread runner = Thread.ofPlatform().daemon().name(name).start(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        long end = System.nanoTime() + deadline.toNanos();
        try {
            while (true) {
                long left = end - System.nanoTime();
                try {
                    return new Outcome<>(result.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)),
                            TimeUnit.NANOSECONDS), false, runner);
                } catch (TimeoutException e) {
                    if (left <= TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS) || hopeless.getAsBoolean()) {
                        return new Outcome<>(null, true, runner);
                    }
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the learner's code", e);
        }
    }
}
