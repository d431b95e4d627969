package dev.threadlings.hidden.downloads;

import dev.threadlings.kit.sites.RequestJournal;
import dev.threadlings.kit.sites.SiteServer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs learner work with a deadline, so a strategy that is far too slow costs seconds, not minutes.
 *
 * <p>At the deadline the server's pages are removed: every request still to come is answered at once
 * with a 404, so the learner's code runs to its end quickly, on its own, and leaves nothing running
 * into the next test. The evidence gathered until then (the journal, the elapsed time) stays valid.
 */
final class Bounded {

    /**
     * What a bounded run gave.
     *
     * @param value the strategy's results, or {@code null} when the run was cut
     * @param elapsed the wall time until the results came, or until the cut
     * @param journal the server's journal at that moment
     * @param cut whether the deadline was reached
     * @param startNanos when the run began ({@link System#nanoTime()}), the origin of its timeline
     */
    record Outcome<T>(T value, Duration elapsed, RequestJournal journal, boolean cut, long startNanos) {
    }

    private Bounded() {
    }

    /**
     * Runs the work on a thread of the test's own and waits for it until the deadline.
     *
     * @param work the learner's call
     * @param deadline how long to wait before cutting the run short
     * @param server the server whose pages are removed at the deadline
     * @return the outcome; an exception the work threw (a stub's TODO included) is rethrown as it is
     */
    static <T> Outcome<T> run(Supplier<T> work, Duration deadline, SiteServer server) {
        CompletableFuture<T> result = new CompletableFuture<>();
        long start = System.nanoTime();
        Thread runner = Thread.ofPlatform().name("threadlings-bounded-run").start(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            T value = result.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
            return new Outcome<>(value, Duration.ofNanos(System.nanoTime() - start), server.journal(), false, start);
        } catch (TimeoutException e) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            RequestJournal journal = server.journal();
            server.reset();
            join(runner);
            return new Outcome<>(null, elapsed, journal, true, start);
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
            throw new IllegalStateException("interrupted while waiting for the strategy", e);
        }
    }

    private static void join(Thread runner) {
        try {
            runner.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
