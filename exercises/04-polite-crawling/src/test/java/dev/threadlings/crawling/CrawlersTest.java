package dev.threadlings.crawling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threadlings.kit.junit.SiteServerExtension;
import dev.threadlings.kit.junit.TodoExtension;
import dev.threadlings.kit.sites.Fault;
import dev.threadlings.kit.sites.Page;
import dev.threadlings.kit.sites.SiteGraph;
import dev.threadlings.kit.sites.SiteServer;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every strategy crawls a small graph right, against a site without limits. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("correctness")
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CrawlersTest {

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    static Stream<Named<Supplier<Crawler>>> strategies() {
        return Stream.of(
                Named.of("BoundedCrawler(4) (task 2)", () -> new BoundedCrawler(4)),
                Named.of("RateLimitedCrawler(50, 5) (task 3)", () -> new RateLimitedCrawler(50, 5)),
                Named.of("RetryingCrawler(4, 3) (task 4)", () -> new RetryingCrawler(4, 3)),
                Named.of("WindowedAsyncCrawler(4) (task 5)", () -> new WindowedAsyncCrawler(4)),
                Named.of("MultiprocessCrawler(2, 50) (task 6)", () -> new MultiprocessCrawler(2, 50)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void finds_every_reachable_page_once_with_its_depth_and_answer(Supplier<Crawler> strategy) {
        SiteServer server = SITES.server();
        SiteGraph graph = SiteGraph.random("visible", 30, 7);
        URI start = graph.serveOn(server, 400, Duration.ofMillis(10));
        int depth = 3;

        List<CrawledPage> pages;
        String strategyName;
        try (Crawler crawler = strategy.get()) {
            strategyName = crawler.getClass().getSimpleName();
            pages = crawler.crawl(start, depth);
        }

        List<CrawledPage> expected = CrawlChecks.expected(graph, server, depth);
        String difference = CrawlChecks.difference(strategyName, expected, pages);
        assertThat(difference).as("the crawl's result").withFailMessage("%s", difference).isNull();
        assertThat(CrawlChecks.notOnce(expected, server.journal()))
                .as("pages requested other than exactly once (path = requests); every reachable page is"
                        + " requested once")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void a_depth_of_zero_is_the_start_page_alone(Supplier<Crawler> strategy) {
        SiteServer server = SITES.server();
        SiteGraph graph = SiteGraph.random("zero", 5, 3);
        URI start = graph.serveOn(server, 200, Duration.ZERO);

        List<CrawledPage> pages;
        try (Crawler crawler = strategy.get()) {
            pages = crawler.crawl(start, 0);
        }

        assertThat(pages).extracting(CrawledPage::uri, CrawledPage::depth, CrawledPage::status)
                .containsExactly(tuple(start, 0, 200));
        assertThat(server.journal().count()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void failed_pages_give_back_their_place_in_flight(Supplier<Crawler> strategy) {
        SiteServer server = SITES.server();
        List<String> failing = IntStream.range(0, 9).mapToObj(i -> "/fails/" + i).toList();
        Map<String, List<String>> links = new LinkedHashMap<>();
        links.put("/fails/start", Stream.concat(failing.stream(), Stream.of("/fails/fine")).toList());
        links.put("/fails/fine", List.of("/fails/deeper"));
        links.put("/fails/deeper", List.of());
        URI start = SiteGraph.of("/fails/start", links).serveOn(server, 200, Duration.ZERO);
        failing.forEach(page -> server.serve(Page.of(page, 0, Duration.ZERO).with(Fault.DROPPED_CONNECTION)));

        Crawler crawler = strategy.get();
        String name = crawler.getClass().getSimpleName();
        List<CrawledPage> pages = CrawlChecks.crawlWithin(crawler, start, 2, Duration.ofSeconds(10), server,
                () -> name + " did not finish within 10 s on a site where 9 pages drop the connection (it takes"
                        + " milliseconds). Is a place in flight (a permit, a slot of the window) kept when a request"
                        + " fails? Give it back in a finally block, whatever the answer.");

        assertThat(pages).as("%s: the failed pages have status %d, the others their answer", name,
                CrawledPage.FAILED).extracting(p -> p.uri().getPath(), CrawledPage::status)
                .containsExactlyElementsOf(Stream.concat( // sorted by address: digits before letters
                        failing.stream().map(page -> tuple(page, CrawledPage.FAILED)),
                        Stream.of(tuple("/fails/deeper", 200), tuple("/fails/fine", 200), tuple("/fails/start", 200)))
                        .toList());
    }
}
