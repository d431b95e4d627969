package dev.threadlings.crawling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.kit.junit.SiteServerExtension;
import dev.threadlings.kit.junit.Todo;
import dev.threadlings.kit.junit.TodoExtension;
import dev.threadlings.kit.measure.TextTable;
import dev.threadlings.kit.sites.Limits;
import dev.threadlings.kit.sites.Refusal;
import dev.threadlings.kit.sites.RequestJournal;
import dev.threadlings.kit.sites.SiteGraph;
import dev.threadlings.kit.sites.SiteServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Crawls the same site with every strategy, each against the limit it is meant for, and prints a table: how
 * long, how many requests, how many the site refused, against the floor the limit sets. The naive crawler's
 * row shows the ban. Strategies still on their TODO show as "TODO" rows.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("speedup")
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TimingTableTest {

    private static final int PAGES = 40;
    private static final int DEPTH = 8;
    private static final Duration LATENCY = Duration.ofMillis(50);

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    private record Row(String name, Supplier<Crawler> create, Limits limits, String floor) {
    }

    @Test
    void prints_each_strategy_against_the_limit_it_keeps() {
        // a burst of 10 against the crawlers' 2 or less: headroom for a moment's stall (PolitenessTest says why)
        Limits rate = Limits.of(1000, 20, 10, 5);
        Limits inFlight = Limits.of(4, 1000, 1000, 1000);
        SiteGraph graph = SiteGraph.random("timing", PAGES, 17);
        int requests = graph.reachable(DEPTH).size(); // missing pages are requested too
        String byLatency = String.format("%d ms: each level over 4 × %d ms",
                CrawlChecks.latencyFloor(graph, DEPTH, 4, LATENCY).toMillis(), LATENCY.toMillis());
        String byRate = String.format("%d ms: (%d requests - 2) / 20", CrawlChecks.rateFloor(requests, 2, 20)
                .toMillis(), requests);
        List<Row> rows = List.of(
                new Row("NaiveCrawler (given)", NaiveCrawler::new, rate, "(banned)"),
                new Row("BoundedCrawler(4)", () -> new BoundedCrawler(4), inFlight, byLatency),
                new Row("RateLimitedCrawler(20, 2)", () -> new RateLimitedCrawler(20, 2), rate, byRate),
                new Row("RetryingCrawler(2, 8)", () -> new RetryingCrawler(2, 8), rate, "(waits as told)"),
                new Row("WindowedAsyncCrawler(4)", () -> new WindowedAsyncCrawler(4), inFlight, byLatency),
                new Row("MultiprocessCrawler(2, 20)", () -> new MultiprocessCrawler(2, 20), rate,
                        byRate + " + 2 JVMs"));
        TextTable table = new TextTable("strategy", "site allows", "time", "requests", "refused", "banned", "floor");
        RuntimeException firstTodo = null;
        List<String> failures = new ArrayList<>();
        for (Row row : rows) {
            SiteServer server = SITES.server();
            server.reset();
            URI start = graph.serveOn(server, 400, LATENCY);
            server.limit(row.limits());
            try (Crawler crawler = row.create().get()) {
                long begin = System.nanoTime();
                List<CrawledPage> pages = crawler.crawl(start, DEPTH);
                long millis = (System.nanoTime() - begin) / 1_000_000;
                RequestJournal journal = server.journal();
                int refused = journal.count(Refusal.TOO_MANY_IN_FLIGHT) + journal.count(Refusal.OVER_THE_RATE)
                        + journal.count(Refusal.TOO_EARLY);
                table.row(row.name(), allows(row.limits()), millis + " ms", journal.count(), refused,
                        journal.count(Refusal.BANNED) > 0 ? "yes (" + journal.count(Refusal.BANNED) + " × 403)" : "no",
                        row.floor());
                boolean naive = row.name().startsWith("NaiveCrawler");
                if (naive != journal.count(Refusal.BANNED) > 0) {
                    failures.add(row.name() + (naive ? " was not banned: was the site's limit lifted?"
                            : " was banned: it kept asking while the site told it to wait"));
                }
                if (!naive && !pages.equals(CrawlChecks.expected(graph, server, DEPTH))) {
                    failures.add(row.name() + " did not find every page once with its final answer (CrawlersTest"
                            + " and PolitenessTest say where)");
                }
            } catch (RuntimeException e) {
                if (!Todo.isTodo(e)) {
                    throw e;
                }
                table.row(row.name(), allows(row.limits()), "TODO", "", "", "", row.floor());
                firstTodo = firstTodo == null ? e : firstTodo;
            }
        }
        System.out.printf("%n%d pages linked in a graph (%d requests with the missing ones), %d ms latency each:%n%s%n",
                PAGES, requests, LATENCY.toMillis(), table);
        if (firstTodo != null) {
            throw firstTodo;
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    private static String allows(Limits limits) {
        return limits.maxInFlight() < 1000 ? limits.maxInFlight() + " in flight"
                : String.format("%.0f/s, burst %d", limits.perSecond(), limits.burst());
    }
}
