package dev.threadlings.crawling;

/**
 * Task 3, with {@link RateLimitedCrawler}: a token bucket, written by hand. It holds up to {@code burst}
 * tokens and gains {@code perSecond} a second; each request takes one, and a caller that finds none waits for
 * its own. It starts full.
 */
public final class TokenBucket {

    private final double perSecond;
    private final int burst;

    /**
     * A full bucket.
     *
     * @param perSecond tokens gained a second, above 0
     * @param burst the most tokens it holds, at least 1
     */
    public TokenBucket(double perSecond, int burst) {
        if (!(perSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("a bucket needs a rate above 0 and room for at least 1 token, got "
                    + perSecond + "/s and " + burst);
        }
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /**
     * Takes a token, waiting until there is one.
     *
     * @throws InterruptedException when interrupted while waiting; the token stays taken
     */
    public void acquire() throws InterruptedException {
        throw new UnsupportedOperationException("TODO(crawling/token-bucket): add " + perSecond + " tokens a second"
                + " since the last call, at most " + burst + ", take one, and sleep until it is yours; see README"
                + " task 3");
    }
}
