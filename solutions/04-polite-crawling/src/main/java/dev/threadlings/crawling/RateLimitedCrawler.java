package dev.threadlings.crawling;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        Frontier frontier = new Frontier(start, depth);
        TokenBucket bucket = new TokenBucket(perSecond, burst); // one per crawl: its rate is the whole crawl's
        try (HttpClient client = Visit.newClient();
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (List<URI> level = frontier.nextLevel(); !level.isEmpty(); level = frontier.nextLevel()) {
                int at = frontier.depth();
                List<Future<?>> visits = new ArrayList<>();
                for (URI page : level) {
                    visits.add(threads.submit(() -> {
                        bucket.acquire();
                        frontier.visited(Visit.one(client, page).page(at));
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
}
