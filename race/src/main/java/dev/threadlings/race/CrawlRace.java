package dev.threadlings.race;

import dev.threadlings.crawling.BoundedCrawler;
import dev.threadlings.crawling.CrawlChecks;
import dev.threadlings.crawling.CrawledPage;
import dev.threadlings.crawling.Crawler;
import dev.threadlings.crawling.MultiprocessCrawler;
import dev.threadlings.crawling.NaiveCrawler;
import dev.threadlings.crawling.RateLimitedCrawler;
import dev.threadlings.crawling.RetryingCrawler;
import dev.threadlings.crawling.WindowedAsyncCrawler;
import dev.threadlings.kit.sites.Limits;
import dev.threadlings.kit.sites.Refusal;
import dev.threadlings.kit.sites.RequestJournal;
import dev.threadlings.kit.sites.ServedRequest;
import dev.threadlings.kit.sites.SiteGraph;
import dev.threadlings.kit.sites.SiteServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The lesson's missing rows: the downloads it could not measure because "the author's IP was banned", as a crawl
 * of linked pages against a site that limits its clients. The naive crawler (unbounded async, the lesson's
 * asyncio) is banned, and the row says after how many requests; each polite strategy keeps to the limit it is
 * meant for and its row says how close it came to the floor that limit sets: N / R for a rate, each level over
 * K times the latency for a limit in flight.
 */
final class CrawlRace {

    /** The site's rate, R requests a second. */
    static final double RATE = 20;

    /** The site's burst over the rate. */
    static final int BURST = 4;

    /** Requests sent during one wait before the site bans. */
    static final int BAN_AFTER = 5;

    /** The site's limit in flight, K, for the crawlers bounded by it. */
    static final int IN_FLIGHT = 4;

    private static final Limits RATE_LIMITED = Limits.of(1000, RATE, BURST, BAN_AFTER).withHttpDates();
    private static final Limits IN_FLIGHT_LIMITED = Limits.of(IN_FLIGHT, 1000, 1000, 1000);

    private final int pages;
    private final Duration latency;
    private final int tries;

    CrawlRace(int pages, Duration latency, int tries) {
        this.pages = pages;
        this.latency = latency;
        this.tries = tries;
    }

    /** One strategy of the table; a polite one must keep to its limit and crawl right, the naive one need not. */
    private record Entry(String name, String python, Limits limits, Supplier<Crawler> create, boolean polite) {

        Entry(String name, String python, Limits limits, Supplier<Crawler> create) {
            this(name, python, limits, create, true);
        }
    }

    List<Race.Row> rows() {
        int crawlerBurst = 2;
        List<Entry> entries = List.of(
                new Entry("unbounded async (given)", "not measured (IP banned)", RATE_LIMITED, NaiveCrawler::new,
                        false),
                new Entry("bounded: " + IN_FLIGHT + " virtual threads, a Semaphore", "(none)", IN_FLIGHT_LIMITED,
                        () -> new BoundedCrawler(IN_FLIGHT)),
                new Entry("async, a window of " + IN_FLIGHT, "(none)", IN_FLIGHT_LIMITED,
                        () -> new WindowedAsyncCrawler(IN_FLIGHT)),
                new Entry(String.format(Locale.ROOT, "token bucket %.0f/s, burst %d", RATE, crawlerBurst), "(none)",
                        RATE_LIMITED, () -> new RateLimitedCrawler(RATE, crawlerBurst)),
                new Entry("429 + Retry-After, backoff with jitter, 2 in flight", "(none)", RATE_LIMITED,
                        () -> new RetryingCrawler(2, 8)),
                new Entry(String.format(Locale.ROOT, "2 worker processes sharing %.0f/s", RATE),
                        "not measured (IP banned)", RATE_LIMITED, () -> new MultiprocessCrawler(2, RATE)));
        SiteGraph graph = SiteGraph.random("race", pages, 2026);
        int depth = pages;
        List<Race.Row> rows = new ArrayList<>();
        try (SiteServer server = SiteServer.start()) {
            for (Entry entry : entries) {
                rows.add(row(server, graph, depth, entry));
            }
        }
        return rows;
    }

    private Race.Row row(SiteServer server, SiteGraph graph, int depth, Entry entry) {
        server.reset(); // warm-up, no limits: the JIT compiles the client and the crawler's code
        URI warmUp = SiteGraph.random("warm-up", 6, 1).serveOn(server, 1024, Duration.ZERO);
        try (Crawler crawler = entry.create().get()) {
            crawler.crawl(warmUp, 3);
        }
        Duration best = null;
        RequestJournal bestJournal = null;
        for (int t = 0; t < tries; t++) {
            server.reset();
            URI start = graph.serveOn(server, 1024, latency);
            server.limit(entry.limits());
            List<CrawledPage> expected = CrawlChecks.expected(graph, server, depth);
            List<CrawledPage> result;
            long begin = System.nanoTime();
            try (Crawler crawler = entry.create().get()) {
                result = crawler.crawl(start, depth);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - begin);
            RequestJournal journal = server.journal();
            String difference = CrawlChecks.difference(entry.name(), expected, result);
            if (entry.polite() && difference != null) {
                throw new IllegalStateException("the race's " + difference);
            }
            if (best == null || took.compareTo(best) < 0) {
                best = took;
                bestJournal = journal;
            }
        }
        String site = entry.limits() == IN_FLIGHT_LIMITED ? "site: " + IN_FLIGHT + " in flight"
                : String.format(Locale.ROOT, "site: %.0f/s, burst %d", RATE, BURST);
        return new Race.Row(String.format(Locale.ROOT, "crawl %d linked pages × %d ms (%s), %s", pages,
                latency.toMillis(), site, entry.name()), entry.python(), best,
                evidence(bestJournal, entry, graph, depth));
    }

    private String evidence(RequestJournal journal, Entry entry, SiteGraph graph, int depth) {
        int refused = journal.count(Refusal.TOO_MANY_IN_FLIGHT) + journal.count(Refusal.OVER_THE_RATE)
                + journal.count(Refusal.TOO_EARLY);
        if (journal.count(Refusal.BANNED) > 0) {
            return String.format(Locale.ROOT, "banned after %d requests: %d answered, %d told to wait (429), then"
                    + " %d × 403", requestsBeforeTheBan(journal), journal.answered().count(), refused,
                    journal.count(Refusal.BANNED));
        }
        if (!entry.polite()) {
            return refused + " refused with 429, not banned: too few pages to ask " + BAN_AFTER + " times in one wait";
        }
        String floor = entry.limits() == IN_FLIGHT_LIMITED
                ? String.format(Locale.ROOT, "floor %.2f s (each level over %d × %d ms)",
                        CrawlChecks.latencyFloor(graph, depth, IN_FLIGHT, latency).toMillis() / 1e3, IN_FLIGHT,
                        latency.toMillis())
                : String.format(Locale.ROOT, "floor (N - burst) / R = (%d - %d) / %.0f = %.2f s",
                        journal.answered().count(), BURST, RATE,
                        CrawlChecks.rateFloor(journal.answered().count(), BURST, RATE).toMillis() / 1e3);
        return floor + ", " + (refused == 0 ? "none refused" : refused + " refused with 429, waited as told")
                + ", not banned";
    }

    /** The requests that arrived before the site's first 403. */
    static int requestsBeforeTheBan(RequestJournal journal) {
        List<ServedRequest> inOrder = journal.requests().stream()
                .sorted(Comparator.comparingLong(ServedRequest::arrivalNanos)).toList();
        for (int i = 0; i < inOrder.size(); i++) {
            if (inOrder.get(i).refusal() == Refusal.BANNED) {
                return i;
            }
        }
        return inOrder.size();
    }
}
