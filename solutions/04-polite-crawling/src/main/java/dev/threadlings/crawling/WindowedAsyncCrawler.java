package dev.threadlings.crawling;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

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
        Frontier frontier = new Frontier(start, depth);
        try (HttpClient client = Visit.newClient()) {
            for (List<URI> level = frontier.nextLevel(); !level.isEmpty(); level = frontier.nextLevel()) {
                int at = frontier.depth();
                Queue<URI> todo = new ConcurrentLinkedQueue<>(level);
                CompletableFuture<?>[] lanes = new CompletableFuture<?>[Math.min(window, level.size())];
                for (int i = 0; i < lanes.length; i++) {
                    lanes[i] = lane(client, todo, frontier, at);
                }
                CompletableFuture.allOf(lanes).join();
            }
        }
        return frontier.pages();
    }

    /** Visits pages from {@code todo} one after another, without blocking, until none is left. */
    private static CompletableFuture<Void> lane(HttpClient client, Queue<URI> todo, Frontier frontier, int at) {
        URI page = todo.poll();
        if (page == null) {
            return CompletableFuture.completedFuture(null);
        }
        return Visit.oneAsync(client, page).thenCompose(answer -> {
            frontier.visited(answer.page(at));
            return lane(client, todo, frontier, at);
        });
    }
}
