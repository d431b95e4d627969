package dev.threadlings.crawling;

import java.net.URI;
import java.util.List;

/**
 * Task 6: the lesson's process pool, without the ban. {@code workers} child JVMs fetch the pages; this JVM
 * keeps the {@link Frontier} and hands each level out, page {@code i} to worker {@code i % workers}. The
 * site's rate is shared: each worker keeps to {@code perSecond / workers}, so together they keep to
 * {@code perSecond}.
 *
 * <p>A worker reads one address a line and answers {@link Answer#toLine()}; it exits when its
 * standard input ends.
 */
public final class MultiprocessCrawler implements Crawler {

    private final int workers;
    private final double perSecond;

    /**
     * A crawler of {@code workers} processes that share one rate.
     *
     * @param workers how many worker JVMs, at least 1
     * @param perSecond the rate of all of them together, above 0
     */
    public MultiprocessCrawler(int workers, double perSecond) {
        if (workers < 1 || !(perSecond > 0)) {
            throw new IllegalArgumentException("at least one worker and a rate above 0, got " + workers + " and "
                    + perSecond);
        }
        this.workers = workers;
        this.perSecond = perSecond;
    }

    @Override
    public List<CrawledPage> crawl(URI start, int depth) {
        throw new UnsupportedOperationException("TODO(crawling/multiprocess): start " + workers + " CrawlWorker"
                + " JVMs at " + perSecond + " / " + workers + " requests a second each, and hand each level out,"
                + " page i to worker i % workers; see README task 6");
    }
}
