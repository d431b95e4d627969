package dev.threadlings.hidden.downloads;

import dev.threadlings.downloads.DownloadChecks;
import dev.threadlings.downloads.SiteDownloader;
import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.junit.SiteServerExtension;
import dev.threadlings.kit.sites.Fault;
import dev.threadlings.kit.sites.Page;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nothing is left behind: no thread, executor, client or child process outlives the call (or, for a
 * strategy that keeps one across calls, its {@code close()}). The call is made on a fresh copy of the
 * learner's class, so what a static field keeps from the class's first use counts too. The checks are
 * {@link DownloadChecks}, which the learner's own hygiene checks apply too, on other pages.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Tag("hygiene")
class HygieneTest {

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    private static void assertNoThreadsLeft(Strategy strategy, int size) {
        List<URI> sites = new ArrayList<>(SITES.server().servePages("hygiene", 12, 256, Duration.ofMillis(30)));
        sites.add(SITES.server().serve(Page.of("/hygiene/broken", 16, Duration.ZERO).with(Fault.HTTP_500)));
        try (SiteDownloader warmUp = strategy.create(size)) {
            strategy.warmUp(warmUp, SITES.server()); // lets the JDK start its own long-lived threads first
        }
        // A fresh copy of the class: a client or pool kept in a static field is made during this call
        DownloadChecks.leavesNoThreads(strategy.className(), () -> strategy.createFresh(size), sites, SITES.server());
    }

    @Test
    @Tag("task:1")
    @Points(1)
    void sequential_leaves_no_threads_or_clients_behind() {
        assertNoThreadsLeft(Strategy.SEQUENTIAL, 1);
    }

    @Test
    @Tag("task:2")
    @Points(1)
    void threaded_leaves_no_pool_threads_or_clients_behind() {
        assertNoThreadsLeft(Strategy.THREADED, 4);
    }

    @Test
    @Tag("task:3")
    @Points(1)
    void async_leaves_no_threads_or_clients_behind() {
        assertNoThreadsLeft(Strategy.ASYNC, 1);
    }

    @Test
    @Tag("task:4")
    @Points(1)
    void virtual_threads_leave_no_threads_or_clients_behind() {
        assertNoThreadsLeft(Strategy.VIRTUAL, 1);
    }

    @Test
    @Tag("task:5")
    @Points(2)
    void multiprocess_leaves_no_process_or_thread_behind_even_when_pages_fail() {
        assertNoThreadsLeft(Strategy.MULTIPROCESS, 3);
        DownloadChecks.leavesNoProcesses("MultiprocessDownloader");
    }
}
