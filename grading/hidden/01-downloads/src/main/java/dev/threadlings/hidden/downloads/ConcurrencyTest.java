package dev.threadlings.hidden.downloads;

import dev.threadlings.downloads.DownloadChecks;
import dev.threadlings.downloads.DownloadMessages;
import dev.threadlings.downloads.SiteDownloader;
import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.junit.SiteServerExtension;
import java.time.Duration;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Evidence that the work overlapped as each strategy promises, from the server's own request journal:
 * it does not depend on how fast or busy the machine is. The checks are {@link DownloadChecks}, which the
 * learner's own concurrency checks apply too, on other pages.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Tag("concurrency")
class ConcurrencyTest {

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    /**
     * Fetches {@code pages} pages of the given latency with the strategy, warmed up, and returns the evidence. A
     * run still going at the deadline is cut short (the pages then answer 404 at once); its evidence so far
     * stands, since it is exactly what a too-sequential strategy produces.
     */
    private static DownloadChecks.Run fetch(Strategy strategy, int size, int pages, Duration latency,
            Duration deadline) {
        try (SiteDownloader downloader = strategy.create(size)) {
            strategy.warmUp(downloader, SITES.server());
            return DownloadChecks.fetch(downloader, strategy.className(), SITES.server(), pages, latency, deadline);
        }
    }

    @Test
    @Tag("task:1")
    @Points(3)
    void sequential_keeps_exactly_one_request_in_flight_and_takes_at_least_n_times_the_latency() {
        Duration latency = Duration.ofMillis(60);
        DownloadChecks.Run run = fetch(Strategy.SEQUENTIAL, 1, 8, latency, Duration.ofSeconds(10));

        DownloadChecks.inFlightExactly("SequentialDownloader", run, 1, 8,
                "The baseline must fetch one page after another, on the calling thread.");
        if (run.elapsed().compareTo(latency.multipliedBy(8)) < 0) {
            throw new AssertionError(DownloadMessages.tooFastForSequential("SequentialDownloader", run.elapsed(), 8,
                    latency));
        }
    }

    @Test
    @Tag("task:2")
    @Points(3)
    void threaded_keeps_exactly_workers_requests_in_flight_never_more() {
        for (int workers : new int[] {4, 7}) {
            int pages = workers * 3 + 1;
            DownloadChecks.Run run = fetch(Strategy.THREADED, workers, pages, Duration.ofMillis(120),
                    Duration.ofSeconds(5));
            DownloadChecks.workersInFlight("ThreadedDownloader(" + workers + ")", run, workers, pages);
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

    private static void assertMostlyInFlight(Strategy strategy, String hint) {
        DownloadChecks.mostlyInFlight(strategy.className(), 100, () -> fetch(strategy, 1, 100, Duration.ofMillis(500),
                Duration.ofSeconds(5)).journal().maxInFlight(), hint);
    }

    @Test
    @Tag("task:5")
    @Points(3)
    void multiprocess_fetches_in_more_than_one_os_process_at_once() {
        DownloadChecks.Run run = DownloadChecks.inProcesses("MultiprocessDownloader", 3,
                () -> fetch(Strategy.MULTIPROCESS, 3, 9, Duration.ofMillis(300), Duration.ofSeconds(15)));
        DownloadChecks.inFlightAtLeast("MultiprocessDownloader(3)", run, 2, 9,
                "Start every worker before waiting for any, so they fetch at the same time.");
    }
}
