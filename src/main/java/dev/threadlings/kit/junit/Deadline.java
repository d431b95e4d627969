package dev.threadlings.kit.junit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs learner work on a thread of its own and waits for it until a deadline, so a test can say in its own words
 * what a hang means (and clean up after it) instead of meeting the build's time limit.
 */
public final class Deadline {

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
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread runner = Thread.ofPlatform().daemon().name(name).start(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return new Outcome<>(result.get(deadline.toNanos(), TimeUnit.NANOSECONDS), false, runner);
        } catch (TimeoutException e) {
            return new Outcome<>(null, true, runner);
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
