package dev.threadlings.crawling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threadlings.kit.junit.SiteServerExtension;
import dev.threadlings.kit.junit.TodoExtension;
import dev.threadlings.kit.sites.Fault;
import dev.threadlings.kit.sites.Limits;
import dev.threadlings.kit.sites.Page;
import dev.threadlings.kit.sites.Refusal;
import dev.threadlings.kit.sites.RequestJournal;
import dev.threadlings.kit.sites.SiteGraph;
import dev.threadlings.kit.sites.SiteServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each strategy against the limit it is meant for, judged from the site's own journal. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("concurrency")
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PolitenessTest {

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    private static final int PAGES = 30;
    private static final int DEPTH = 4;

    private record Crawl(List<CrawledPage> pages, List<CrawledPage> expected, RequestJournal journal) {
    }

    private static Crawl crawl(Crawler crawler, Limits limits, Duration latency) {
        SiteServer server = SITES.server();
        SiteGraph graph = SiteGraph.random("polite", PAGES, 11);
        URI start = graph.serveOn(server, 300, latency);
        server.limit(limits);
        try (crawler) {
            List<CrawledPage> pages = crawler.crawl(start, DEPTH);
            return new Crawl(pages, CrawlChecks.expected(graph, server, DEPTH), server.journal());
        }
    }

    private static void assertNeverRefused(String strategy, Crawl crawl, Limits limits) {
        RequestJournal journal = crawl.journal();
        for (Refusal refusal : Refusal.values()) {
            assertThat(journal.count(refusal)).as("%s against a site with %s: %d requests refused (%d %s), expected"
                    + " none.%n%s", strategy, limits, journal.count(refusal), refusal.status(), refusal.meaning(),
                    journal.timeline(60)).isZero();
        }
        assertThat(crawl.pages()).as("%s's result", strategy).isEqualTo(crawl.expected());
    }

    @Test
    @Tag("task:2")
    void bounded_keeps_within_the_site_s_limit_in_flight() {
        Limits limits = Limits.of(3, 1000, 1000, 1000);
        Crawl crawl = crawl(new BoundedCrawler(3), limits, Duration.ofMillis(100));

        assertNeverRefused("BoundedCrawler(3)", crawl, limits);
        assertThat(crawl.journal().answered().maxInFlight()).as("BoundedCrawler(3): most requests in flight, 3"
                + " allowed; fewer than 3 means the pages waited for each other").isEqualTo(3);
    }

    @Test
    @Tag("task:3")
    void rate_limited_keeps_to_the_site_s_rate() {
        // The site's burst leaves the crawler's 0.4 s of headroom (8 tokens at 20/s): a token reserved ahead
        // goes out when its thread wakes, and a machine that stalls a moment (a GC, both cores busy) wakes every
        // sleeper whose time came meanwhile at once. A site only 2 tokens bigger refused the reference now and then.
        Limits limits = Limits.of(1000, 20, 10, 3);
        Crawl crawl = crawl(new RateLimitedCrawler(20, 2), limits, Duration.ofMillis(10));

        assertNeverRefused("RateLimitedCrawler(20, 2)", crawl, limits);
        assertThat(crawl.journal().maxArrivalsWithin(Duration.ofSeconds(1))).as("RateLimitedCrawler(20, 2): the"
                + " most requests in one second, against the site's rate and burst").isLessThanOrEqualTo(20 + 10);
    }

    @Test
    @Tag("task:4")
    void retrying_honours_retry_after_and_is_never_banned() {
        // Retry-After in seconds, then as a date; a burst of 10, so that each wait gives the crawl ten pages
        Limits limits = Limits.of(1000, 10, 10, 4).withHttpDates();
        Crawl crawl = crawl(new RetryingCrawler(2, 8), limits, Duration.ofMillis(10));

        RequestJournal journal = crawl.journal();
        assertThat(journal.count(Refusal.OVER_THE_RATE)).as("the site said 429 at least once (two requests at once"
                + " against 10 a second); this test is about what happens next").isPositive();
        assertThat(journal.count(Refusal.BANNED)).as("RetryingCrawler(2, 8) was banned: it kept asking while told"
                + " to wait. Does every thread pause until the Retry-After, not just the one that was told?%n%s",
                journal.timeline(60)).isZero();
        assertThat(crawl.pages()).as("RetryingCrawler(2, 8)'s result: a refused page is asked again, and only"
                + " its final answer is kept").isEqualTo(crawl.expected());
    }

    @Test
    @Tag("task:4")
    void retrying_gives_up_on_a_page_that_keeps_refusing() {
        SiteServer server = SITES.server();
        URI start = SiteGraph.of("/busy/start", Map.of("/busy/start", List.of("/busy/always-503")))
                .serveOn(server, 200, Duration.ZERO);
        server.serve(Page.of("/busy/always-503", 0, Duration.ZERO).with(Fault.HTTP_503));

        // Stopped as soon as the page was asked more often than the budget allows: a crawler without one would go on
        List<CrawledPage> pages = CrawlChecks.crawlWithin(new RetryingCrawler(1, 2), start, 1, Duration.ofSeconds(10), server,
                () -> server.journal().count("/busy/always-503") > 3,
                () -> "RetryingCrawler(1, 2) had asked " + server.journal().count("/busy/always-503") + " times for"
                        + " a page that answers 503 every time and was still crawling (stopped past 3 requests, or"
                        + " after 10 s): a refused page gets at most 2 more tries, then its last answer stands.");

        assertThat(server.journal().count("/busy/always-503")).as("RetryingCrawler(1, 2): requests for a page that"
                + " answers 503 every time: the first and 2 retries").isEqualTo(3);
        assertThat(pages).extracting(p -> p.uri().getPath(), CrawledPage::status)
                .as("RetryingCrawler(1, 2): a page that never stops refusing keeps its last answer")
                .containsExactly(tuple("/busy/always-503", 503), tuple("/busy/start", 200));
    }

    @Test
    @Tag("task:5")
    void windowed_async_keeps_its_window() {
        Limits limits = Limits.of(4, 1000, 1000, 1000);
        Crawl crawl = crawl(new WindowedAsyncCrawler(4), limits, Duration.ofMillis(100));

        assertNeverRefused("WindowedAsyncCrawler(4)", crawl, limits);
        assertThat(crawl.journal().answered().maxInFlight()).as("WindowedAsyncCrawler(4): most in flight")
                .isEqualTo(4);
    }

    @Test
    @Tag("task:6")
    void multiprocess_workers_share_one_rate() {
        Limits limits = Limits.of(1000, 20, 4, 3);
        Crawl crawl = crawl(new MultiprocessCrawler(2, 20), limits, Duration.ofMillis(10));

        assertNeverRefused("MultiprocessCrawler(2, 20)", crawl, limits);
    }
}
