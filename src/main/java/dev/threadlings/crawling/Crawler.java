package dev.threadlings.crawling;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Crawls a site that protects itself: the polite I/O-bound work of exercise 04.
 *
 * <p>The contract every strategy keeps:
 * <ul>
 *   <li>every page reachable from the start in at most {@code depth} links is requested exactly once, missing
 *       pages included (they answer {@code 404}), however many pages link to it and however many threads
 *       find it at once;</li>
 *   <li>one {@link CrawledPage} per page, sorted by address, each with the fewest links it took to reach it
 *       and the final answer the site gave (a refusal that was retried is not a final answer);</li>
 *   <li>the crawler is never banned: the site answers {@code 403} to a client that keeps asking while told to
 *       wait, and a crawl with a {@code 403} in it has failed;</li>
 *   <li>each request uses HTTP/1.1 and gives up after {@link #REQUEST_TIMEOUT};</li>
 *   <li>the strategy owns every thread, executor, client and process it makes: none is left alive after
 *       {@code crawl} returns.</li>
 * </ul>
 */
public interface Crawler extends AutoCloseable {

    /** How long one request may take before it counts as failed. */
    Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    /**
     * Crawls from {@code start}, following links at most {@code depth} links away.
     *
     * @param start the first page
     * @param depth how many links to follow from the start, 0 or more (0: the start page only)
     * @return one result per page reached, sorted by address
     */
    List<CrawledPage> crawl(URI start, int depth);

    /** Releases whatever the strategy keeps across calls; by default it keeps nothing. */
    @Override
    default void close() {
    }
}
