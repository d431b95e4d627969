package dev.threadlings.hidden.crawling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.crawling.Crawler;
import dev.threadlings.kit.hygiene.ChildProcesses;
import dev.threadlings.kit.hygiene.KeptReachable;
import dev.threadlings.kit.hygiene.ThreadSnapshot;
import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.junit.SiteServerExtension;
import dev.threadlings.kit.sites.Limits;
import dev.threadlings.kit.sites.SiteGraph;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Nothing is left behind: no thread, executor, client or child process outlives the crawl. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Tag("hygiene")
class HygieneTest {

    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final Limits LIMITS = Limits.of(4, 100, 10 + Strategy.headroom(100), 1000);

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    @SuppressWarnings("try") // the watch is a scope: it acts while open
    private static void assertNothingLeft(Strategy strategy) {
        URI start = SiteGraph.random("hygiene", 12, 99).serveOn(SITES.server(), 256, Duration.ofMillis(10));
        try (Crawler warmUp = strategy.create(LIMITS)) {
            warmUp.crawl(start, 0); // lets the JDK start its own long-lived threads first
        }
        ThreadSnapshot before = ThreadSnapshot.take();
        List<String> leaked;
        try (KeptReachable.Scope watching = KeptReachable.watch()) {
            try (Crawler crawler = strategy.create(LIMITS)) {
                crawler.crawl(start, 3);
            }
            leaked = before.leakedSince(t -> SITES.server().isServerThread(t)
                    || t.getName().equals(ChildProcesses.WATCHER_THREAD), GRACE);
        }
        assertThat(leaked).as("%s left threads running after its crawl returned: %s. Close the client and shut"
                + " down every executor you start (try-with-resources does both).", strategy.className(), leaked)
                .isEmpty();
    }

    @Test
    @Tag("task:2")
    @Points(1)
    void bounded_leaves_nothing_behind() {
        assertNothingLeft(Strategy.BOUNDED);
    }

    @Test
    @Tag("task:3")
    @Points(1)
    void rate_limited_leaves_nothing_behind() {
        assertNothingLeft(Strategy.RATE_LIMITED);
    }

    @Test
    @Tag("task:4")
    @Points(1)
    void retrying_leaves_nothing_behind() {
        assertNothingLeft(Strategy.RETRYING);
    }

    @Test
    @Tag("task:5")
    @Points(1)
    void windowed_async_leaves_nothing_behind() {
        assertNothingLeft(Strategy.WINDOWED);
    }

    @Test
    @Tag("task:6")
    @Points(2)
    void multiprocess_leaves_no_process_or_thread_behind() {
        assertNothingLeft(Strategy.MULTIPROCESS);
        List<String> alive = ChildProcesses.alive(Duration.ofMillis(500));
        try {
            assertThat(alive).as("MultiprocessCrawler left worker processes running: %s. Close each worker's"
                    + " standard input so it exits, waitFor it, and destroy() it in a finally if it does not.",
                    alive).isEmpty();
        } finally {
            ChildProcesses.destroyAll();
        }
    }
}
