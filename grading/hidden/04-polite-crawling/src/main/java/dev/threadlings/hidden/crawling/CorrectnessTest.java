package dev.threadlings.hidden.crawling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threadlings.crawling.CrawlChecks;
import dev.threadlings.crawling.CrawledPage;
import dev.threadlings.crawling.Crawler;
import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.junit.SiteServerExtension;
import dev.threadlings.kit.sites.Fault;
import dev.threadlings.kit.sites.Limits;
import dev.threadlings.kit.sites.Page;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every crawler finds the right pages, each once, on site graphs the learner has not seen (no limits). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Tag("correctness")
class CorrectnessTest {

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    private static final Limits GENEROUS = Limits.of(8, 200, 20 + Strategy.headroom(200), 1000);

    /** The same checks for each strategy; each nested class below picks one. */
    abstract static class Suite {

        abstract Strategy strategy();

        private void assertCrawls(SiteGraph graph, int depth, Duration latency) {
            SiteServer server = SITES.server();
            URI start = graph.serveOn(server, 512, latency);
            List<CrawledPage> pages;
            try (Crawler crawler = strategy().create(GENEROUS)) {
                pages = crawler.crawl(start, depth);
            }
            List<CrawledPage> expected = CrawlChecks.expected(graph, server, depth);
            String difference = CrawlChecks.difference(strategy().className(), expected, pages);
            assertThat(difference).as("%s", difference).isNull();
            Map<String, Long> notOnce = CrawlChecks.notOnce(expected, server.journal());
            assertThat(notOnce).as("%s requested these pages other than exactly once (path=times): %s. Every page"
                    + " reached is requested once, however many pages link to it and however many threads find"
                    + " it at the same moment.", strategy().className(), notOnce).isEmpty();
        }

        @Test
        @Points(3)
        void crawls_an_unseen_graph_each_page_once() {
            assertCrawls(SiteGraph.random("unseen-" + strategy().ordinal(), 48, 0xc0ffeeL + strategy().ordinal()), 4,
                    Duration.ofMillis(15));
        }

        @Test
        @Points(2)
        void stops_at_the_depth_and_records_the_fewest_links() {
            // a short way (2 links) and a long way (4 links) to /far, and /beyond 5 links away
            Map<String, List<String>> links = new LinkedHashMap<>();
            links.put("/d/0", List.of("/d/long-1", "/d/short-1"));
            links.put("/d/long-1", List.of("/d/long-2"));
            links.put("/d/long-2", List.of("/d/long-3"));
            links.put("/d/long-3", List.of("/d/far"));
            links.put("/d/short-1", List.of("/d/far"));
            links.put("/d/far", List.of("/d/far-1"));
            links.put("/d/far-1", List.of("/d/far-2"));
            links.put("/d/far-2", List.of("/d/beyond"));
            links.put("/d/beyond", List.of());
            assertCrawls(SiteGraph.of("/d/0", links), 4, Duration.ofMillis(5));
        }

        @Test
        @Points(2)
        void many_pages_that_link_to_the_same_page_at_once_fetch_it_once() {
            Map<String, List<String>> links = new LinkedHashMap<>();
            List<String> hubs = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                hubs.add("/race/hub-" + i);
            }
            links.put("/race/0", hubs);
            for (String hub : hubs) {
                links.put(hub, List.of("/race/shared-a", "/race/shared-b", "/race/shared-a", "/race/0"));
            }
            links.put("/race/shared-a", List.of());
            links.put("/race/shared-b", List.of("/race/missing"));
            assertCrawls(SiteGraph.of("/race/0", links), 3, Duration.ZERO);
        }

        @Test
        @Points(1)
        void a_failing_page_is_recorded_with_its_status_and_the_crawl_goes_on() {
            SiteServer server = SITES.server();
            Map<String, List<String>> links = new LinkedHashMap<>();
            links.put("/f/0", List.of("/f/broken", "/f/ok"));
            links.put("/f/ok", List.of());
            SiteGraph graph = SiteGraph.of("/f/0", links);
            URI start = graph.serveOn(server, 256, Duration.ZERO);
            URI broken = server.serve(Page.of("/f/broken", 32, Duration.ZERO).with(Fault.HTTP_500));
            List<CrawledPage> pages;
            try (Crawler crawler = strategy().create(GENEROUS)) {
                pages = crawler.crawl(start, 2);
            }
            assertThat(pages).as("%s on a site where one page answers 500", strategy().className())
                    .extracting(CrawledPage::uri, CrawledPage::status)
                    .containsExactly(tuple(start, 200),
                            tuple(broken, 500),
                            tuple(URI.create(server.baseUri() + "/f/ok"), 200));
        }

        @Test
        @Points(2)
        void pages_that_fail_give_back_their_place_in_flight() {
            SiteServer server = SITES.server();
            List<String> failing = new ArrayList<>();
            for (int i = 0; i < FAILING; i++) {
                failing.add("/lost/broken-" + i);
            }
            List<String> fine = List.of("/lost/fine-a", "/lost/fine-b", "/lost/fine-c");
            Map<String, List<String>> links = new LinkedHashMap<>();
            List<String> fromStart = new ArrayList<>(failing);
            fromStart.addAll(fine);
            links.put("/lost/0", fromStart);
            fine.forEach(page -> links.put(page, List.of("/lost/after")));
            links.put("/lost/after", List.of());
            URI start = SiteGraph.of("/lost/0", links).serveOn(server, 256, Duration.ZERO);
            failing.forEach(page -> server.serve(Page.of(page, 0, Duration.ZERO).with(Fault.DROPPED_CONNECTION)));

            Crawler crawler = strategy().create(GENEROUS);
            List<CrawledPage> pages = CrawlChecks.crawlWithin(crawler, start, 2, FAILED_PAGES_DEADLINE, server, () -> strategy()
                    .className() + " did not finish within " + FAILED_PAGES_DEADLINE.toSeconds() + " s on a site where "
                    + FAILING + " of the " + (FAILING + fine.size() + 2) + " pages drop the connection (it takes"
                    + " milliseconds when places are given back). With fewer places in flight than failed pages,"
                    + " a crawler that keeps a place (a permit, a slot of"
                    + " its window) when a request fails runs out of places and waits for ever. Give it back in a"
                    + " finally block, whatever the answer.");

            List<Object> failed = pages.stream().filter(p -> p.status() == CrawledPage.FAILED)
                    .map(p -> (Object) p.uri().getPath()).toList();
            assertThat(failed).as("%s: the pages recorded as failed (status %d)", strategy().className(),
                    CrawledPage.FAILED).containsExactlyInAnyOrderElementsOf(failing);
            assertThat(pages).as("%s: every page, failed or not, once", strategy().className())
                    .extracting(p -> p.uri().getPath()).hasSize(FAILING + fine.size() + 2)
                    .contains("/lost/0", "/lost/after");
        }
    }

    /** More failing pages than any strategy here has places in flight, so one kept place a failure shows. */
    private static final int FAILING = 12;

    private static final Duration FAILED_PAGES_DEADLINE = Duration.ofSeconds(10);

    @Nested
    @Tag("task:2")
    class Bounded extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.BOUNDED;
        }
    }

    @Nested
    @Tag("task:3")
    class RateLimited extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.RATE_LIMITED;
        }
    }

    @Nested
    @Tag("task:4")
    class Retrying extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.RETRYING;
        }
    }

    @Nested
    @Tag("task:5")
    class Windowed extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.WINDOWED;
        }
    }

    @Nested
    @Tag("task:6")
    class Multiprocess extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.MULTIPROCESS;
        }
    }
}
