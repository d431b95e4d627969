package dev.threadlings.crawling;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Task 2: one virtual thread per page, and a {@link Semaphore} of {@code maxInFlight} permits around each
 * request, so the site never sees more than that many at once.
 */
public final class BoundedCrawler implements Crawler {

    private final int maxInFlight;

    /**
     * A crawler that keeps at most {@code maxInFlight} requests in flight.
     *
     * @param maxInFlight the bound, at least 1
     */
    public BoundedCrawler(int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("at least one request in flight, got " + maxInFlight);
        }
        this.maxInFlight = maxInFlight;
    }

    @Override
    public List<CrawledPage> crawl(URI start, int depth) {
        Frontier frontier = new Frontier(start, depth);
        Semaphore permits = new Semaphore(maxInFlight);
        try (HttpClient client = Visit.newClient();
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (List<URI> level = frontier.nextLevel(); !level.isEmpty(); level = frontier.nextLevel()) {
                int at = frontier.depth();
                List<Future<?>> visits = new ArrayList<>();
                for (URI page : level) {
                    visits.add(threads.submit(() -> {
                        permits.acquire();
                        Answer answer;
                        try {
                            answer = Visit.one(client, page);
                        } finally {
                            permits.release(); // also when the request failed: a lost permit shrinks the bound
                        }
                        frontier.visited(answer.page(at));
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
