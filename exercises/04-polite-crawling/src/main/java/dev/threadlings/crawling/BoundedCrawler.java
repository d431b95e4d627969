package dev.threadlings.crawling;

import java.net.URI;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Task 2: one virtual thread per page, and a {@link Semaphore} of {@code maxInFlight} permits around each
 * request, so the site never sees more than that many at once.
 */
public final class BoundedCrawler implements Crawler {

    private final int maxInFlight;

    /**
     * A crawler that keeps at most {@code maxInFlight} requests in flight.
     *
     * @param maxInFlight the bound, at least 1
     */
    public BoundedCrawler(int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("at least one request in flight, got " + maxInFlight);
        }
        this.maxInFlight = maxInFlight;
    }

    @Override
    public List<CrawledPage> crawl(URI start, int depth) {
        throw new UnsupportedOperationException("TODO(crawling/bounded): one virtual thread per page of a level,"
                + " a Semaphore of maxInFlight (" + maxInFlight + ") permits around each request, the Frontier for"
                + " the next level; see README task 2");
    }
}
