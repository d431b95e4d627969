package dev.threadlings.crawling;

import java.net.URI;
import java.util.List;

/**
 * Task 3: one virtual thread per page, each taking a token from one shared {@link TokenBucket} before its
 * request, so the site sees at most its rate, whatever the number of threads.
 */
public final class RateLimitedCrawler implements Crawler {

    private final double perSecond;
    private final int burst;

    /**
     * A crawler that keeps to a rate.
     *
     * @param perSecond requests a second, above 0
     * @param burst how many may go at once after a quiet while, at least 1
     */
    public RateLimitedCrawler(double perSecond, int burst) {
        new TokenBucket(perSecond, burst); // checks the arguments
        this.perSecond = perSecond;
        this.burst = burst;
    }

    @Override
    public List<CrawledPage> crawl(URI start, int depth) {
        throw new UnsupportedOperationException("TODO(crawling/rate-limited): one virtual thread per page, each"
                + " taking a token from one TokenBucket(" + perSecond + ", " + burst + ") before its request; see"
                + " README task 3");
    }
}
