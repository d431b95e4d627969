package dev.threadlings.hidden.crawling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.crawling.CrawlChecks;
import dev.threadlings.crawling.CrawledPage;
import dev.threadlings.crawling.Crawler;
import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.junit.SiteServerExtension;
import dev.threadlings.kit.measure.Measurement;
import dev.threadlings.kit.measure.Tries;
import dev.threadlings.kit.sites.Limits;
import dev.threadlings.kit.sites.SiteGraph;
import dev.threadlings.kit.sites.SiteServer;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A polite crawl is as fast as the site lets it be. What bounds it is the site's limit, not the latency: N
 * pages at R a second take (N - burst) / R; with K in flight, each level of L pages takes ceil(L / K)
 * latencies (a missing page answers 404 at once: it costs a token, not a latency). Each crawler must come within 10 % of its floor, plus {@link #PER_LEVEL} for each level (a
 * level cannot start before the last page of the one before has answered). Noise only adds time, so the best
 * of up to three tries counts.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Tag("speedup")
class SpeedTest {

    /** What each level may cost besides the floor: the last answer of a level, and the threads of the next. */
    static final Duration PER_LEVEL = Duration.ofMillis(40);

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    private record Run(Duration elapsed, List<CrawledPage> pages) {
    }

    /**
     * The pages of each level, missing pages left out when {@code served} (they answer 404 at once, without the
     * latency) and counted when not (they take a token like any request).
     */
    private static Map<Integer, Long> levels(SiteGraph graph, int depth, boolean served) {
        return graph.reachable(depth).entrySet().stream().filter(page -> !served || graph.exists(page.getKey()))
                .collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.counting()));
    }

    private static void assertNearFloor(Strategy strategy, Limits limits, SiteGraph graph, int depth,
            Duration latency, boolean byLatency, Duration floor, String hint, TestReporter reporter) {
        SiteServer server = SITES.server();
        Map<Integer, Long> levels = levels(graph, depth, byLatency);
        Duration bound = Duration.ofNanos(Math.round(floor.toNanos() * 1.10)).plus(PER_LEVEL.multipliedBy(levels.size()));
        List<Run> runs = Tries.upTo(() -> {
            server.reset();
            URI start = graph.serveOn(server, 400, latency);
            server.limit(limits);
            try (Crawler crawler = strategy.create(limits)) {
                long begin = System.nanoTime();
                List<CrawledPage> pages = crawler.crawl(start, depth);
                return new Run(Duration.ofNanos(System.nanoTime() - begin), pages);
            }
        }, run -> run.elapsed().compareTo(bound) > 0);
        Run best = runs.stream().min(Comparator.comparing(Run::elapsed)).orElseThrow();
        long pages = levels.values().stream().mapToLong(Long::longValue).sum();
        double millis = best.elapsed().toNanos() / 1e6;
        double oneByOne = pages * (latency.toNanos() / 1e6);
        System.out.printf("%s: best of %d tries %d ms for %d pages in %d levels; floor %d ms, bound %d ms%n",
                strategy.className(), runs.size(), best.elapsed().toMillis(), pages, levels.size(), floor.toMillis(),
                bound.toMillis());
        new Measurement(strategy.className(), millis, bound.toNanos() / 1e6, oneByOne, null, oneByOne / millis, null,
                null, null, null, Measurement.REQUESTS, List.of(), 0).publish(reporter);
        assertThat(best.elapsed()).as("%s crawled %d pages in %d levels in %d ms at best (%d tries); against a"
                + " site with %s the floor is %d ms, and the bound %d ms (10 %% over it, plus %d ms a level). %s",
                strategy.className(), pages, levels.size(), best.elapsed().toMillis(), runs.size(), limits,
                floor.toMillis(), bound.toMillis(), PER_LEVEL.toMillis(), hint).isLessThanOrEqualTo(bound);
    }

    @Test
    @Tag("task:2")
    @Points(2)
    void bounded_takes_about_each_level_over_its_limit_times_the_latency(TestReporter reporter) {
        int k = 4;
        Duration latency = Duration.ofMillis(100);
        SiteGraph graph = SiteGraph.random("speed-k", 40, 31);
        assertNearFloor(Strategy.BOUNDED, Limits.of(k, 1000, 1000, 1000), graph, 6, latency, true,
                CrawlChecks.latencyFloor(graph, 6, k, latency),
                "Are all " + k + " permits in use while a level has pages left?", reporter);
    }

    @Test
    @Tag("task:3")
    @Points(2)
    void rate_limited_takes_about_pages_over_the_rate(TestReporter reporter) {
        int burst = 3; // the crawler's, as Strategy makes it
        Limits limits = Limits.of(1000, 30, burst + Strategy.headroom(30), 3);
        SiteGraph graph = SiteGraph.random("speed-r", 60, 32);
        assertNearFloor(Strategy.RATE_LIMITED, limits, graph, 8, Duration.ofMillis(5), false,
                CrawlChecks.rateFloor(graph.reachable(8).size(), burst, limits.perSecond()),
                "Does the bucket keep its rate, or does each waiter sleep longer than its token needs (a sleep"
                        + " inside the lock makes the others wait for it)?", reporter);
    }

    @Test
    @Tag("task:5")
    @Points(2)
    void windowed_async_takes_about_each_level_over_its_window_times_the_latency(TestReporter reporter) {
        int window = 5;
        Duration latency = Duration.ofMillis(100);
        SiteGraph graph = SiteGraph.random("speed-w", 40, 33);
        assertNearFloor(Strategy.WINDOWED, Limits.of(window, 1000, 1000, 1000), graph, 6, latency, true,
                CrawlChecks.latencyFloor(graph, 6, window, latency), "Does each of the " + window + " chains start its next page as soon as its answer"
                        + " arrives?", reporter);
    }
}
