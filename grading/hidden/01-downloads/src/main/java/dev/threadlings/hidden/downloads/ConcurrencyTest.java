package dev.threadlings.hidden.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.downloads.Download;
import dev.threadlings.downloads.DownloadMessages;
import dev.threadlings.downloads.SiteDownloader;
import dev.threadlings.kit.hygiene.ChildProcesses;
import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.junit.SiteServerExtension;
import dev.threadlings.kit.measure.Tries;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Evidence that the work overlapped as each strategy promises, from the server's own request journal:
 * it does not depend on how fast or busy the machine is.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Tag("concurrency")
class ConcurrencyTest {

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    /**
     * Fetches {@code pages} pages of the given latency with the strategy and returns the evidence. A run
     * still going at the deadline is cut short (the pages then answer 404 at once); its evidence so far
     * stands, since it is exactly what a too-sequential strategy produces.
     */
    private static Bounded.Outcome<List<Download>> fetch(Strategy strategy, int size, int pages, Duration latency,
            Duration deadline) {
        try (SiteDownloader downloader = strategy.create(size)) {
            strategy.warmUp(downloader, SITES.server());
            SITES.server().reset();
            List<URI> sites = SITES.server().servePages("evidence", pages, 512, latency);
            Bounded.Outcome<List<Download>> run = Bounded.run(() -> downloader.downloadAll(sites), deadline,
                    SITES.server());
            if (!run.cut()) {
                assertThat(run.value()).as(DownloadMessages.wrongCount(strategy.className(), pages,
                        run.value() == null ? 0 : run.value().size())).hasSize(pages);
            }
            return run;
        }
    }

    @Test
    @Tag("task:1")
    @Points(3)
    void sequential_keeps_exactly_one_request_in_flight_and_takes_at_least_n_times_the_latency() {
        Duration latency = Duration.ofMillis(60);
        Bounded.Outcome<List<Download>> run = fetch(Strategy.SEQUENTIAL, 1, 8, latency, Duration.ofSeconds(10));

        assertThat(run.journal().maxInFlight())
                .as(DownloadMessages.inFlight("SequentialDownloader", "exactly 1", run.journal().maxInFlight(), 8,
                        "The baseline must fetch one page after another, on the calling thread.\n"
                                + run.journal().timeline(60)))
                .isEqualTo(1);
        assertThat(run.elapsed())
                .as(DownloadMessages.tooFastForSequential("SequentialDownloader", run.elapsed(), 8, latency))
                .isGreaterThanOrEqualTo(latency.multipliedBy(8));
    }

    @Test
    @Tag("task:2")
    @Points(3)
    void threaded_keeps_exactly_workers_requests_in_flight_never_more() {
        for (int workers : new int[] {4, 7}) {
            int pages = workers * 3 + 1;
            Bounded.Outcome<List<Download>> run = fetch(Strategy.THREADED, workers, pages, Duration.ofMillis(120),
                    Duration.ofSeconds(5));
            int measured = run.journal().maxInFlight();
            String hint = measured < workers
                    ? "Are you calling get() on each future before submitting the next task, or is the pool"
                            + " smaller than `workers`?"
                    : "Is the pool bigger than `workers`, or are requests started outside the pool?";
            assertThat(measured)
                    .as(DownloadMessages.inFlight("ThreadedDownloader(" + workers + ")", "exactly " + workers,
                            measured, pages, hint + "\n" + run.journal().timeline(60)))
                    .isEqualTo(workers);
        }
    }

    @Test
    @Tag("task:3")
    @Points(3)
    void async_keeps_at_least_80_percent_of_the_pages_in_flight() {
        assertMostlyInFlight(Strategy.ASYNC,
                "Start every request with sendAsync before waiting for any; a join() or get() inside the loop"
                        + " makes it sequential.");
    }

    @Test
    @Tag("task:4")
    @Points(3)
    void virtual_threads_keep_at_least_80_percent_of_the_pages_in_flight() {
        assertMostlyInFlight(Strategy.VIRTUAL,
                "Start one virtual thread per site before waiting for any; joining each thread right after"
                        + " starting it makes it sequential.");
    }

    /**
     * A busy machine can only spread the starts out (each waits for a core), never bunch them: a strategy that
     * clearly overlaps yet falls short is measured again, up to three times, and its best run counts.
     */
    private static void assertMostlyInFlight(Strategy strategy, String hint) {
        int pages = 100;
        List<Integer> runs = Tries.upTo(() -> fetch(strategy, 1, pages, Duration.ofMillis(500), Duration.ofSeconds(5))
                .journal().maxInFlight(), inFlight -> inFlight > pages / 10 && inFlight < 80);
        int best = Collections.max(runs);
        assertThat(best)
                .as(DownloadMessages.inFlight(strategy.className(), "at least 80 of 100", best, pages, hint)
                        + (runs.size() > 1 ? " (the best of " + runs.size() + " runs: " + runs + ")" : ""))
                .isGreaterThanOrEqualTo(80);
    }

    @Test
    @Tag("task:5")
    @Points(3)
    void multiprocess_fetches_in_more_than_one_os_process_at_once() {
        int processes = 3;
        Bounded.Outcome<List<Download>> run;
        int seen;
        try (ChildProcesses watch = ChildProcesses.start()) {
            run = fetch(Strategy.MULTIPROCESS, processes, 9, Duration.ofMillis(300), Duration.ofSeconds(15));
            watch.close();
            seen = watch.seen();
        }
        assertThat(seen).as(DownloadMessages.tooFewProcesses("MultiprocessDownloader", processes, seen))
                .isGreaterThanOrEqualTo(2);
        assertThat(run.journal().maxInFlight())
                .as(DownloadMessages.inFlight("MultiprocessDownloader(3)", "at least 2", run.journal().maxInFlight(),
                        9, "Start every worker before waiting for any, so they fetch at the same time.\n"
                                + run.journal().timeline(60)))
                .isGreaterThanOrEqualTo(2);
    }
}
