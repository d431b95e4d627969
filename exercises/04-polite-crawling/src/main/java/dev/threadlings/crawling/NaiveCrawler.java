package dev.threadlings.crawling;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Given, not a task: the crawler of the lesson, every page of a level at once, as fast as the client can send.
 * Against a site that limits its clients it is told to wait, keeps asking, and is banned: run its test and
 * read the journal.
 */
public final class NaiveCrawler implements Crawler {

    @Override
    public List<CrawledPage> crawl(URI start, int depth) {
        Frontier frontier = new Frontier(start, depth);
        try (HttpClient client = Visit.newClient()) {
            for (List<URI> level = frontier.nextLevel(); !level.isEmpty(); level = frontier.nextLevel()) {
                int at = frontier.depth();
                CompletableFuture.allOf(level.stream()
                        .map(page -> Visit.oneAsync(client, page)
                                .thenAccept(answer -> frontier.visited(answer.page(at))))
                        .toArray(CompletableFuture<?>[]::new)).join();
            }
        }
        return frontier.pages();
    }
}
