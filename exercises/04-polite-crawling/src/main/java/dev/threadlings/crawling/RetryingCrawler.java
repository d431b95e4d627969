package dev.threadlings.crawling;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Task 4: at most {@code maxInFlight} requests at once, and when the site says "not now", listen. A
 * {@code 429} with {@code Retry-After} pauses every thread of the crawl until then (the site counts requests
 * from the whole crawler, not from one thread); a refusal without one waits an exponential backoff with full
 * jitter; a page gets at most {@code retries} more tries, then its last answer stands.
 */
public final class RetryingCrawler implements Crawler {

    /** The first backoff's upper end; each retry doubles it. */
    static final Duration BASE_BACKOFF = Duration.ofMillis(100);

    private final int maxInFlight;
    private final int retries;

    /**
     * A crawler that retries refused pages.
     *
     * @param maxInFlight the most requests at once, at least 1
     * @param retries how many more tries a refused page gets, 0 or more
     */
    public RetryingCrawler(int maxInFlight, int retries) {
        if (maxInFlight < 1 || retries < 0) {
            throw new IllegalArgumentException("at least one request in flight and no negative retries, got "
                    + maxInFlight + " and " + retries);
        }
        this.maxInFlight = maxInFlight;
        this.retries = retries;
    }

    @Override
    public List<CrawledPage> crawl(URI start, int depth) {
        throw new UnsupportedOperationException("TODO(crawling/retrying): at most " + maxInFlight + " requests at"
                + " once; on 429 pause every thread until its Retry-After, on 503 back off with jitter; at most "
                + retries + " retries a page; see README task 4");
    }
}
