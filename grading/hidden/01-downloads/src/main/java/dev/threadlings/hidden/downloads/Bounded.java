package dev.threadlings.hidden.downloads;

import dev.threadlings.kit.junit.Deadline;
import dev.threadlings.kit.sites.RequestJournal;
import dev.threadlings.kit.sites.SiteServer;
import java.time.Duration;
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
        long start = System.nanoTime();
        Deadline.Outcome<T> run = Deadline.run("threadlings-bounded-run", work, deadline);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        RequestJournal journal = server.journal();
        if (run.cut()) {
            server.reset();
            join(run.runner());
        }
        return new Outcome<>(run.value(), elapsed, journal, run.cut(), start);
    }

    private static void join(Thread runner) {
        try {
            runner.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
