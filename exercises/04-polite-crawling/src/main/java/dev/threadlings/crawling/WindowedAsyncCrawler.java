package dev.threadlings.crawling;

import java.net.URI;
import java.util.List;

/**
 * Task 5: non-blocking, with a window: {@code window} chains of {@code sendAsync}, each starting its next
 * page when its last answer arrives, so at most {@code window} requests are in flight and no thread waits on
 * one. Only the caller waits, once per level.
 */
public final class WindowedAsyncCrawler implements Crawler {

    private final int window;

    /**
     * A crawler with a window of requests in flight.
     *
     * @param window the most requests at once, at least 1
     */
    public WindowedAsyncCrawler(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("a window holds at least one request, got " + window);
        }
        this.window = window;
    }

    @Override
    public List<CrawledPage> crawl(URI start, int depth) {
        throw new UnsupportedOperationException("TODO(crawling/windowed): " + window + " chains of sendAsync, each"
                + " starting its next page when its answer arrives, no thread blocked; see README task 5");
    }
}
