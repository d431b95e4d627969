package dev.threadlings.crawling;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

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
        Frontier frontier = new Frontier(start, depth);
        Semaphore permits = new Semaphore(maxInFlight);
        AtomicLong pauseUntil = new AtomicLong(System.nanoTime());
        try (HttpClient client = Visit.newClient();
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (List<URI> level = frontier.nextLevel(); !level.isEmpty(); level = frontier.nextLevel()) {
                int at = frontier.depth();
                List<Future<?>> visits = new ArrayList<>();
                for (URI page : level) {
                    visits.add(threads.submit(() -> {
                        frontier.visited(visit(client, page, permits, pauseUntil).page(at));
                        return null;
                    }));
                }
                for (Future<?> visit : visits) {
                    visit.get();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while crawling", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a visit failed: " + e.getCause(), e.getCause());
        }
        return frontier.pages();
    }

    private Answer visit(HttpClient client, URI page, Semaphore permits, AtomicLong pauseUntil)
            throws InterruptedException {
        Answer answer = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            permits.acquire();
            try {
                sleepUntil(pauseUntil.get()); // holding a permit: nobody else sends meanwhile either
                answer = Visit.one(client, page);
            } finally {
                permits.release();
            }
            if (!answer.refused()) {
                return answer;
            }
            if (answer.retryAfter().isPresent()) {
                long until = System.nanoTime() + answer.retryAfter().get().toNanos();
                pauseUntil.accumulateAndGet(until, Math::max);
            } else {
                long ceiling = BASE_BACKOFF.toNanos() << Math.min(attempt, 10);
                TimeUnit.NANOSECONDS.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
            }
        }
        return answer;
    }

    private static void sleepUntil(long deadline) throws InterruptedException {
        long left = deadline - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }
}
