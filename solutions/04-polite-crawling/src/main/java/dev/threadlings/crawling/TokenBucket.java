package dev.threadlings.crawling;

/**
 * Task 3, with {@link RateLimitedCrawler}: a token bucket, written by hand. It holds up to {@code burst}
 * tokens and gains {@code perSecond} a second; each request takes one, and a caller that finds none waits for
 * its own. It starts full.
 *
 * <p>Each caller reserves its token under the lock and then sleeps outside it, so callers wait side by side
 * and leave in the order they came, one every {@code 1 / perSecond} seconds once the burst is spent.
 */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1e9;

    private final double perSecond;
    private final int burst;
    private double tokens;
    private long refilledAt = System.nanoTime();

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
        this.tokens = burst;
    }

    /**
     * Takes a token, waiting until there is one.
     *
     * @throws InterruptedException when interrupted while waiting; the token stays taken
     */
    public void acquire() throws InterruptedException {
        long waitNanos;
        synchronized (this) {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - refilledAt) / NANOS_PER_SECOND * perSecond);
            refilledAt = now;
            tokens -= 1; // below zero: a token reserved ahead of its time
            waitNanos = tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perSecond * NANOS_PER_SECOND);
        }
        if (waitNanos > 0) {
            Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        }
    }
}
