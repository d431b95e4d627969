package dev.threadlings.hidden.crawling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threadlings.crawling.CrawlChecks;
import dev.threadlings.crawling.CrawledPage;
import dev.threadlings.crawling.Crawler;
import dev.threadlings.crawling.RetryingCrawler;
import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.junit.SiteServerExtension;
import dev.threadlings.kit.sites.Fault;
import dev.threadlings.kit.sites.Limits;
import dev.threadlings.kit.sites.Page;
import dev.threadlings.kit.sites.Refusal;
import dev.threadlings.kit.sites.RequestJournal;
import dev.threadlings.kit.sites.ServedRequest;
import dev.threadlings.kit.sites.SiteGraph;
import dev.threadlings.kit.sites.SiteServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each crawler against the limit it is meant for, on unseen graphs, judged from the site's own journal. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Tag("concurrency")
class PolitenessTest {

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    /** How long after a 429 was answered a request may still arrive unknowing: it was on its way already. */
    static final Duration ON_ITS_WAY = Duration.ofMillis(250);

    private record Crawl(String name, List<CrawledPage> pages, List<CrawledPage> expected, RequestJournal journal,
            Limits limits) {

        String difference() {
            return CrawlChecks.difference(name, expected, pages);
        }
    }

    private static Crawl crawl(Strategy strategy, Limits limits, int pages, long seed, Duration latency) {
        SiteServer server = SITES.server();
        SiteGraph graph = SiteGraph.random("polite-" + seed, pages, seed);
        URI start = graph.serveOn(server, 400, latency);
        server.limit(limits);
        int depth = 5;
        try (Crawler crawler = strategy.create(limits)) {
            List<CrawledPage> result = crawler.crawl(start, depth);
            return new Crawl(strategy.className(), result, CrawlChecks.expected(graph, server, depth), server.journal(),
                    limits);
        }
    }

    private static void assertNotRefused(Crawl crawl) {
        RequestJournal journal = crawl.journal();
        List<String> refused = new ArrayList<>();
        for (Refusal refusal : Refusal.values()) {
            if (journal.count(refusal) > 0) {
                refused.add(journal.count(refusal) + " × " + refusal.status() + " (" + refusal.meaning() + ")");
            }
        }
        assertThat(refused).as("%s against a site with %s was refused: %s. A crawler that keeps to the site's"
                + " limits is never refused.%n%s", crawl.name(), crawl.limits(), refused, journal.timeline(60))
                .isEmpty();
        assertThat(crawl.difference()).as("%s", crawl.difference()).isNull();
    }

    @Test
    @Tag("task:2")
    @Points(3)
    void bounded_keeps_exactly_its_limit_in_flight() {
        Crawl crawl = crawl(Strategy.BOUNDED, Limits.of(4, 1000, 1000, 1000), 40, 21, Duration.ofMillis(80));

        assertNotRefused(crawl);
        assertThat(crawl.journal().answered().maxInFlight()).as("BoundedCrawler(4): the most requests in flight at"
                + " once was %d; 4 are allowed, and a level of more pages should use them all. Fewer: do the"
                + " threads wait for each other (a permit held across the whole level, a join in the loop)?",
                crawl.journal().answered().maxInFlight()).isEqualTo(4);
    }

    @Test
    @Tag("task:3")
    @Points(3)
    void rate_limited_keeps_to_the_rate_and_its_burst() {
        Limits limits = Limits.of(1000, 25, 3 + Strategy.headroom(25), 3); // the crawler's burst is 3
        Crawl crawl = crawl(Strategy.RATE_LIMITED, limits, 45, 22, Duration.ofMillis(10));

        assertNotRefused(crawl);
        int most = crawl.journal().maxArrivalsWithin(Duration.ofSeconds(1));
        assertThat(most).as("RateLimitedCrawler(25, 3): %d requests arrived within one second; the site allows 25"
                + " a second and a burst of %d, so at most %d. Does the bucket hold more than its burst after a quiet"
                + " while, or is there one bucket per thread instead of one per crawl?", most, limits.burst(),
                25 + limits.burst()).isLessThanOrEqualTo(25 + limits.burst());
    }

    @Test
    @Tag("task:4")
    @Points(3)
    void retrying_waits_as_told_and_is_never_banned() {
        // Retry-After in seconds, then as a date; a burst of 12, so that each wait gives the crawl a dozen pages
        Limits limits = Limits.of(1000, 12, 12, 5).withHttpDates();
        Crawl crawl = crawl(Strategy.RETRYING, limits, 30, 23, Duration.ofMillis(10));

        RequestJournal journal = crawl.journal();
        assertThat(journal.count(Refusal.OVER_THE_RATE)).as("the site told RetryingCrawler to wait at least once"
                + " (three requests at once against 12 a second)").isPositive();
        List<String> ignored = ignoredWaits(journal);
        assertThat(journal.count(Refusal.BANNED)).as("RetryingCrawler was banned: it sent %d requests while told to"
                + " wait. Does every thread pause until the Retry-After, or only the one that got the 429?%n%s",
                journal.count(Refusal.TOO_EARLY), journal.timeline(60)).isZero();
        assertThat(ignored).as("RetryingCrawler sent requests well after a 429 told it to wait (more than %d ms"
                + " after the 429 was answered, before its Retry-After): %s. Every thread pauses until then.",
                ON_ITS_WAY.toMillis(), ignored).isEmpty();
        assertThat(crawl.difference()).as("%s", crawl.difference()).isNull();
    }

    @Test
    @Tag("task:4")
    @Points(2)
    void retrying_gives_up_on_a_page_that_never_stops_refusing() {
        SiteServer server = SITES.server();
        Map<String, List<String>> links = new LinkedHashMap<>();
        links.put("/stubborn/0", List.of("/stubborn/never", "/stubborn/fine"));
        links.put("/stubborn/fine", List.of());
        URI start = SiteGraph.of("/stubborn/0", links).serveOn(server, 256, Duration.ZERO);
        server.serve(Page.of("/stubborn/never", 0, Duration.ZERO).with(Fault.HTTP_503));
        int retries = 3;
        Duration deadline = Duration.ofSeconds(10);

        // Stopped as soon as the page was asked more often than the budget allows: a crawler without one would go on
        List<CrawledPage> pages = CrawlChecks.crawlWithin(new RetryingCrawler(2, retries), start, 1, deadline, server,
                () -> server.journal().count("/stubborn/never") > 1 + retries,
                () -> "RetryingCrawler(2, " + retries + ") had asked " + server.journal().count("/stubborn/never")
                        + " times for a page that answers 503 every time and was still crawling (stopped past "
                        + (1 + retries) + " requests, or after " + deadline.toSeconds() + " s). A refused page gets"
                        + " at most " + retries + " more tries (1 + " + retries + " requests), then its last answer,"
                        + " 503, stands: without a budget a crawler never ends on such a page.");

        int asked = server.journal().count("/stubborn/never");
        assertThat(asked).as("RetryingCrawler(2, %d) asked %d times for a page that answers 503 every time;"
                + " expected 1 + %d retries = %d, then its last answer stands. %s", retries, asked, retries,
                1 + retries, asked < 1 + retries ? "Are the retries counted as tries?" : "Is the budget kept?")
                .isEqualTo(1 + retries);
        assertThat(pages).as("RetryingCrawler(2, %d): the pages and their final answers", retries)
                .extracting(p -> p.uri().getPath(), CrawledPage::status)
                .containsExactly(tuple("/stubborn/0", 200), tuple("/stubborn/fine", 200),
                        tuple("/stubborn/never", 503));
    }

    @Test
    @Tag("task:5")
    @Points(3)
    void windowed_async_keeps_exactly_its_window_in_flight() {
        Crawl crawl = crawl(Strategy.WINDOWED, Limits.of(5, 1000, 1000, 1000), 40, 24, Duration.ofMillis(80));

        assertNotRefused(crawl);
        assertThat(crawl.journal().answered().maxInFlight()).as("WindowedAsyncCrawler(5): the most requests in"
                + " flight at once was %d, expected the window, 5. Fewer: does each chain wait for the others?",
                crawl.journal().answered().maxInFlight()).isEqualTo(5);
    }

    @Test
    @Tag("task:6")
    @Points(3)
    void multiprocess_workers_share_the_rate() {
        Limits limits = Limits.of(1000, 20, 4, 3);
        Crawl crawl = crawl(Strategy.MULTIPROCESS, limits, 40, 25, Duration.ofMillis(10));

        assertNotRefused(crawl);
        int most = crawl.journal().maxArrivalsWithin(Duration.ofSeconds(1));
        assertThat(most).as("MultiprocessCrawler(2, 20): %d requests arrived within one second; at most 20 + 4."
                + " Does each worker keep to its share, 20 / 2, or each to the whole rate?", most)
                .isLessThanOrEqualTo(20 + 4);
    }

    /**
     * The requests that arrived during a wait the site had announced, far from every 429 that announced one: each
     * as "path at +ms" after the nearest. A request that came within {@link #ON_ITS_WAY} of a 429 may have been on
     * its way already (and the site decides requests a moment after they arrive, not always in their order), so it
     * is not held against the crawler; one that came later was sent by a crawler that knew, and sent anyway.
     */
    static List<String> ignoredWaits(RequestJournal journal) {
        List<ServedRequest> told = journal.requests().stream().filter(r -> r.refusal() == Refusal.OVER_THE_RATE)
                .toList();
        List<String> ignored = new ArrayList<>();
        for (ServedRequest request : journal.requests()) {
            if (request.refusal() != Refusal.TOO_EARLY) {
                continue;
            }
            long nearest = told.stream().mapToLong(t -> Math.abs(request.arrivalNanos() - t.completionNanos()))
                    .min().orElse(Long.MAX_VALUE);
            if (nearest > ON_ITS_WAY.toNanos()) {
                ignored.add(request.path() + " at +" + nearest / 1_000_000 + " ms");
            }
        }
        return ignored;
    }
}
