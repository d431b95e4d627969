package dev.threadlings.hidden.crawling;

import dev.threadlings.crawling.BoundedCrawler;
import dev.threadlings.crawling.Crawler;
import dev.threadlings.crawling.MultiprocessCrawler;
import dev.threadlings.crawling.RateLimitedCrawler;
import dev.threadlings.crawling.RetryingCrawler;
import dev.threadlings.crawling.WindowedAsyncCrawler;
import dev.threadlings.kit.sites.Limits;

/**
 * The crawlers of exercise 04 as the hidden tests make them, each for the limit it is meant for: the size it
 * is given is the site's limit in flight, or its rate.
 */
enum Strategy {
    BOUNDED("BoundedCrawler", 2),
    RATE_LIMITED("RateLimitedCrawler", 3),
    RETRYING("RetryingCrawler", 4),
    WINDOWED("WindowedAsyncCrawler", 5),
    MULTIPROCESS("MultiprocessCrawler", 6);

    private final String className;
    private final int task;

    Strategy(String className, int task) {
        this.className = className;
        this.task = task;
    }

    /**
     * Makes the crawler that keeps to {@code limits}: its limit in flight, or its rate and a burst a little
     * under the site's (a crawler exactly at the site's burst would be refused now and then by the jitter of
     * arrivals).
     */
    Crawler create(Limits limits) {
        int inFlight = Math.min(limits.maxInFlight(), 64);
        double rate = Double.isInfinite(limits.perSecond()) ? 1000 : limits.perSecond();
        int burst = Math.max(1, Math.min(limits.burst(), 64) - 2);
        return switch (this) {
            case BOUNDED -> new BoundedCrawler(inFlight);
            case RATE_LIMITED -> new RateLimitedCrawler(rate, burst);
            case RETRYING -> new RetryingCrawler(Math.min(inFlight, 3), 10);
            case WINDOWED -> new WindowedAsyncCrawler(inFlight);
            case MULTIPROCESS -> new MultiprocessCrawler(2, rate);
        };
    }

    /** The learner's class name. */
    String className() {
        return className;
    }

    /** The README task that asks for this strategy. */
    int task() {
        return task;
    }
}
