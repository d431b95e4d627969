package dev.threadlings.downloads;

import dev.threadlings.kit.junit.SiteServerExtension;
import dev.threadlings.kit.junit.TodoExtension;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Did the work overlap as each strategy promises? The evidence is the server's own journal of requests in
 * flight, so it does not depend on how fast or busy your machine is. The grader checks the same, on other pages.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("concurrency")
class ConcurrencyTest {

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    private static DownloadChecks.Run fetch(Supplier<SiteDownloader> strategy, String name, int pages,
            Duration latency, Duration deadline) {
        try (SiteDownloader downloader = strategy.get()) {
            downloader.downloadAll(SITES.server().servePages("warm-up", 2, 64, Duration.ZERO));
            return DownloadChecks.fetch(downloader, name, SITES.server(), pages, latency, deadline);
        }
    }

    @Test
    @Tag("task:1")
    void sequential_keeps_exactly_one_request_in_flight() {
        DownloadChecks.Run run = fetch(SequentialDownloader::new, "SequentialDownloader", 6, Duration.ofMillis(50),
                Duration.ofSeconds(10));
        DownloadChecks.inFlightExactly("SequentialDownloader", run, 1, 6,
                "The baseline must fetch one page after another, on the calling thread.");
    }

    @Test
    @Tag("task:2")
    void threaded_keeps_exactly_workers_requests_in_flight() {
        for (int workers : new int[] {3, 6}) {
            int pages = workers * 2 + 1;
            int size = workers;
            DownloadChecks.Run run = fetch(() -> new ThreadedDownloader(size), "ThreadedDownloader(" + workers + ")",
                    pages, Duration.ofMillis(100), Duration.ofSeconds(5));
            DownloadChecks.workersInFlight("ThreadedDownloader(" + workers + ")", run, workers, pages);
        }
    }

    @Test
    @Tag("task:3")
    void async_keeps_most_pages_in_flight() {
        DownloadChecks.mostlyInFlight("AsyncDownloader", 60, () -> fetch(AsyncDownloader::new, "AsyncDownloader", 60,
                Duration.ofMillis(400), Duration.ofSeconds(5)).journal().maxInFlight(),
                "Start every request with sendAsync before waiting for any; a join() or get() inside the loop"
                        + " makes it sequential.");
    }

    @Test
    @Tag("task:4")
    void virtual_threads_keep_most_pages_in_flight() {
        DownloadChecks.mostlyInFlight("VirtualThreadDownloader", 60, () -> fetch(VirtualThreadDownloader::new,
                "VirtualThreadDownloader", 60, Duration.ofMillis(400), Duration.ofSeconds(5)).journal().maxInFlight(),
                "Start one virtual thread per site before waiting for any; joining each thread right after"
                        + " starting it makes it sequential.");
    }

    @Test
    @Tag("task:5")
    void multiprocess_fetches_in_two_os_processes_at_once() {
        DownloadChecks.Run run = DownloadChecks.inProcesses("MultiprocessDownloader", 2,
                () -> fetch(() -> new MultiprocessDownloader(2), "MultiprocessDownloader(2)", 6,
                        Duration.ofMillis(250), Duration.ofSeconds(15)));
        DownloadChecks.inFlightAtLeast("MultiprocessDownloader(2)", run, 2, 6,
                "Start every worker before waiting for any, so they fetch at the same time.");
    }
}
