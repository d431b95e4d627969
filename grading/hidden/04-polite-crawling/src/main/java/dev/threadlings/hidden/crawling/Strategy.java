package dev.threadlings.hidden.crawling;

import dev.threadlings.crawling.BoundedCrawler;
import dev.threadlings.crawling.Crawler;
import dev.threadlings.crawling.MultiprocessCrawler;
import dev.threadlings.crawling.RateLimitedCrawler;
import dev.threadlings.crawling.RetryingCrawler;
import dev.threadlings.crawling.WindowedAsyncCrawler;
import dev.threadlings.kit.sites.Limits;
import java.time.Duration;

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
     * How long a stall the site's burst forgives the crawler: a token reserved ahead goes out when its thread
     * wakes, and a machine that stalls a moment (a GC, both cores busy) wakes every sleeper whose time came
     * meanwhile at once. Two tokens of headroom (80 ms at 25/s) once had the reference refused.
     */
    static final Duration HEADROOM = Duration.ofMillis(400);

    /**
     * Makes the crawler that keeps to {@code limits}: its limit in flight, or its rate and a burst
     * {@link #HEADROOM} under the site's (at least 1).
     */
    Crawler create(Limits limits) {
        int inFlight = Math.min(limits.maxInFlight(), 64);
        double rate = Double.isInfinite(limits.perSecond()) ? 1000 : limits.perSecond();
        int burst = Math.max(1, Math.min(limits.burst(), 1000) - headroom(rate));
        return switch (this) {
            case BOUNDED -> new BoundedCrawler(inFlight);
            case RATE_LIMITED -> new RateLimitedCrawler(rate, burst);
            case RETRYING -> new RetryingCrawler(Math.min(inFlight, 3), 10);
            case WINDOWED -> new WindowedAsyncCrawler(inFlight);
            case MULTIPROCESS -> new MultiprocessCrawler(2, rate);
        };
    }

    /**
     * The tokens a site at {@code perSecond} gives over a crawler's burst: {@link #HEADROOM}'s worth.
     *
     * @param perSecond the site's rate
     * @return at least 1
     */
    static int headroom(double perSecond) {
        return (int) Math.max(1, Math.ceil(perSecond * HEADROOM.toNanos() / 1e9));
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
