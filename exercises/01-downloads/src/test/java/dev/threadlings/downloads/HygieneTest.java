package dev.threadlings.downloads;

import dev.threadlings.kit.code.FreshClasses;
import dev.threadlings.kit.junit.SiteServerExtension;
import dev.threadlings.kit.junit.TodoExtension;
import dev.threadlings.kit.sites.Fault;
import dev.threadlings.kit.sites.Page;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nothing is left behind: no thread, pool, client or worker process outlives the call, also when a page fails.
 * Each call is made on a fresh copy of your class, so a client kept in a static field counts too. The grader
 * checks the same, on other pages.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("hygiene")
class HygieneTest {

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    private static void leavesNothing(String name, Supplier<SiteDownloader> strategy, Supplier<SiteDownloader> fresh) {
        List<URI> sites = new ArrayList<>(SITES.server().servePages("tidy", 8, 128, Duration.ofMillis(20)));
        sites.add(1, SITES.server().serve(Page.of("/tidy/dropped", 16, Duration.ZERO)
                .with(Fault.DROPPED_CONNECTION)));
        try (SiteDownloader warmUp = strategy.get()) {
            warmUp.downloadAll(sites.subList(0, 1)); // the JDK starts its own long-lived threads first
        }
        DownloadChecks.leavesNoThreads(name, fresh, sites, SITES.server());
    }

    @Test
    @Tag("task:1")
    void sequential_leaves_no_thread_or_client_running() {
        leavesNothing("SequentialDownloader", SequentialDownloader::new,
                () -> FreshClasses.create(SiteDownloader.class, SequentialDownloader.class));
    }

    @Test
    @Tag("task:2")
    void threaded_leaves_no_pool_thread_or_client_running() {
        leavesNothing("ThreadedDownloader", () -> new ThreadedDownloader(3),
                () -> FreshClasses.create(SiteDownloader.class, ThreadedDownloader.class, 3));
    }

    @Test
    @Tag("task:3")
    void async_leaves_no_thread_or_client_running() {
        leavesNothing("AsyncDownloader", AsyncDownloader::new,
                () -> FreshClasses.create(SiteDownloader.class, AsyncDownloader.class));
    }

    @Test
    @Tag("task:4")
    void virtual_threads_leave_no_thread_or_client_running() {
        leavesNothing("VirtualThreadDownloader", VirtualThreadDownloader::new,
                () -> FreshClasses.create(SiteDownloader.class, VirtualThreadDownloader.class));
    }

    @Test
    @Tag("task:5")
    void multiprocess_leaves_no_worker_or_thread_running() {
        leavesNothing("MultiprocessDownloader", () -> new MultiprocessDownloader(2),
                () -> FreshClasses.create(SiteDownloader.class, MultiprocessDownloader.class, 2));
        DownloadChecks.leavesNoProcesses("MultiprocessDownloader");
    }
}
