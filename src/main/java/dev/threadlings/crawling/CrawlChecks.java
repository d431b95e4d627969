package dev.threadlings.crawling;

import dev.threadlings.kit.junit.Deadline;
import dev.threadlings.kit.sites.RequestJournal;
import dev.threadlings.kit.sites.ServedRequest;
import dev.threadlings.kit.sites.SiteGraph;
import dev.threadlings.kit.sites.SiteServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What a crawl of a site graph must return and request, and how a crawl differs from it, in words.
 *
 * <p>Visible and hidden tests of exercise 04 take the contract's answer and their messages from here, so a
 * learner meets the same words in both and the answer is written once.
 */
public final class CrawlChecks {

    private CrawlChecks() {
    }

    /**
     * The contract's answer for a crawl of {@code graph} served on {@code server}: every page reachable in at
     * most {@code depth} links, sorted by address, with its depth, 200 and its links, or 404 for a missing one.
     *
     * @param graph the site graph crawled
     * @param server the server it is served on
     * @param depth the crawl's depth
     * @return the pages a correct crawl returns
     */
    public static List<CrawledPage> expected(SiteGraph graph, SiteServer server, int depth) {
        List<CrawledPage> pages = new ArrayList<>();
        for (Map.Entry<String, Integer> page : graph.reachable(depth).entrySet()) {
            URI uri = URI.create(server.baseUri() + page.getKey());
            boolean exists = graph.exists(page.getKey());
            List<URI> links = exists ? graph.links().get(page.getKey()).stream()
                    .map(link -> URI.create(server.baseUri() + link)).toList() : List.of();
            pages.add(new CrawledPage(uri, page.getValue(), exists ? 200 : 404, links));
        }
        return pages.stream().sorted().toList();
    }

    /**
     * The first difference between a crawl's result and the expected one, in words.
     *
     * @param strategy the strategy's name
     * @param expected the contract's answer
     * @param actual what the strategy returned
     * @return the difference with a likely cause, or null when there is none
     */
    public static String difference(String strategy, List<CrawledPage> expected, List<CrawledPage> actual) {
        if (actual == null) {
            return strategy + " returned null instead of the crawled pages";
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            CrawledPage want = expected.get(i);
            CrawledPage got = actual.get(i);
            if (!want.uri().equals(got.uri())) {
                return strategy + ": page " + (i + 1) + " of the result is " + got.uri() + ", expected " + want.uri()
                        + ". The result holds every page reached, once, sorted by address (" + expected.size()
                        + " pages; it had " + actual.size() + "). Is a page missing, fetched twice, or the list not"
                        + " sorted?";
            }
            if (want.depth() != got.depth()) {
                return strategy + ": " + got.uri() + " has depth " + got.depth() + ", expected " + want.depth()
                        + " (the fewest links from the start). Crawl level by level: a page found at two depths"
                        + " belongs to the first.";
            }
            if (want.status() != got.status()) {
                return strategy + ": " + got.uri() + " ended with status " + got.status() + ", expected "
                        + want.status() + (got.status() == 429 || got.status() == 503
                        ? ": a refusal is not a final answer (was the site's limit kept?)"
                        : got.status() == 403 ? ": the crawler was banned" : "") + ".";
            }
            if (!want.links().equals(got.links())) {
                return strategy + ": " + got.uri() + " has links " + got.links() + ", expected " + want.links();
            }
        }
        if (expected.size() != actual.size()) {
            return strategy + " returned " + actual.size() + " pages, expected " + expected.size() + " (every page"
                    + " reachable in the depth, once, missing pages included)";
        }
        return null;
    }

    /**
     * The pages requested other than exactly once (refusals not counted).
     *
     * @param expected the contract's answer
     * @param journal the server's journal of the crawl
     * @return each such page's path with its number of requests, in path order; empty when every page was
     *     requested once
     */
    public static Map<String, Long> notOnce(List<CrawledPage> expected, RequestJournal journal) {
        Map<String, Long> counts = journal.requests().stream().filter(r -> !r.refused())
                .collect(Collectors.groupingBy(ServedRequest::path, TreeMap::new, Collectors.counting()));
        expected.forEach(p -> counts.putIfAbsent(p.uri().getPath(), 0L));
        counts.values().removeIf(n -> n == 1);
        return counts;
    }

    /**
     * The floor a limit in flight sets: level by level (a crawl cannot start a level before it knows its pages),
     * each level's served pages over K, rounded up, times the latency. Missing pages answer 404 at once, so they
     * add no latency.
     *
     * @param graph the site graph crawled
     * @param depth the crawl's depth
     * @param inFlight K, the most requests in flight
     * @param latency each served page's latency
     * @return the least time such a crawl can take
     */
    public static Duration latencyFloor(SiteGraph graph, int depth, int inFlight, Duration latency) {
        Map<Integer, Long> served = new TreeMap<>();
        graph.reachable(depth).forEach((page, level) -> {
            if (graph.exists(page)) {
                served.merge(level, 1L, Long::sum);
            }
        });
        return latency.multipliedBy(served.values().stream().mapToLong(n -> (n + inFlight - 1) / inFlight).sum());
    }

    /**
     * The floor a rate sets: every request but the burst waits for its token, so N requests at R a second take
     * (N - B) / R, whatever the latency and however many threads.
     *
     * @param requests N, the requests the crawl must make
     * @param burst B, the tokens there at the start
     * @param perSecond R, the rate
     * @return the least time such a crawl can take
     */
    public static Duration rateFloor(long requests, int burst, double perSecond) {
        return Duration.ofNanos(Math.round(Math.max(0, requests - burst) / perSecond * 1e9));
    }

    /** How long a crawl cut at its deadline gets to end, once its site answers everything at once, before the test
     * goes on. */
    static final Duration AFTER_THE_CUT = Duration.ofSeconds(5);

    /**
     * Crawls with a deadline, so a crawl that may wait for ever (a place in flight never given back, a page retried
     * without end) fails with the test's own words. Crawls on a thread of its own, then closes the crawler. Past
     * the deadline the site's pages are removed, so that every request still to come is answered at once with a
     * 404 (a crawler that retries refusals stops retrying), the crawl's thread is interrupted, and the test waits a
     * little for it to end. A crawl that has not ended by then may still send requests at any time (a thread asleep
     * in a long backoff wakes up and retries), so the site is closed: they find no one instead of landing in the
     * next test's journal, and {@link dev.threadlings.kit.junit.SiteServerExtension} gives the next test a new
     * site.
     *
     * @param crawler the crawler, closed here
     * @param start the start page
     * @param depth the depth
     * @param deadline how long the crawl may take
     * @param server the site being crawled
     * @param why the failure message past the deadline, made before the site's pages are removed
     * @return the crawl's result; an exception it threw is rethrown as it is
     */
    public static List<CrawledPage> crawlWithin(Crawler crawler, URI start, int depth, Duration deadline,
            SiteServer server, Supplier<String> why) {
        return crawlWithin(crawler, start, depth, deadline, server, () -> false, why, AFTER_THE_CUT);
    }

    /**
     * Crawls as {@link #crawlWithin(Crawler, URI, int, Duration, SiteServer, Supplier)} does, cut as soon as
     * {@code hopeless} says the crawl can no longer pass (a page asked more often than its budget allows): a crawler
     * that would retry for ever fails in a moment, with the same words, instead of at the deadline.
     *
     * @param crawler the crawler, closed here
     * @param start the start page
     * @param depth the depth
     * @param deadline how long the crawl may take at most
     * @param server the site being crawled
     * @param hopeless whether the crawl can no longer pass, asked while it runs
     * @param why the failure message, made before the site's pages are removed
     * @return the crawl's result; an exception it threw is rethrown as it is
     */
    public static List<CrawledPage> crawlWithin(Crawler crawler, URI start, int depth, Duration deadline,
            SiteServer server, java.util.function.BooleanSupplier hopeless, Supplier<String> why) {
        return crawlWithin(crawler, start, depth, deadline, server, hopeless, why, AFTER_THE_CUT);
    }

    /** {@link #crawlWithin(Crawler, URI, int, Duration, SiteServer, Supplier)} with the wait after the cut. */
    static List<CrawledPage> crawlWithin(Crawler crawler, URI start, int depth, Duration deadline, SiteServer server,
            Supplier<String> why, Duration afterTheCut) {
        return crawlWithin(crawler, start, depth, deadline, server, () -> false, why, afterTheCut);
    }

    private static List<CrawledPage> crawlWithin(Crawler crawler, URI start, int depth, Duration deadline,
            SiteServer server, java.util.function.BooleanSupplier hopeless, Supplier<String> why,
            Duration afterTheCut) {
        Deadline.Outcome<List<CrawledPage>> outcome = Deadline.run("threadlings-crawl-with-deadline", () -> {
            try (crawler) {
                return crawler.crawl(start, depth);
            }
        }, deadline, hopeless);
        if (outcome.cut()) {
            String message = why.get();
            server.reset();
            outcome.runner().interrupt();
            try {
                outcome.runner().join(afterTheCut);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (outcome.runner().isAlive()) {
                server.close(); // its threads may still be asleep and ask later: let them find no one
            }
            throw new AssertionError(message);
        }
        return outcome.value();
    }
}
