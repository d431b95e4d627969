package dev.threadlings.downloads;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Fetches sites on a fixed pool of {@code workers} platform threads: Python's thread-pool lesson. */
public class ThreadedDownloader implements SiteDownloader {

    private final int workers;

    /**
     * Makes a downloader that keeps at most {@code workers} requests in flight.
     *
     * @param workers the pool's size, at least 1
     */
    public ThreadedDownloader(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        this.workers = workers;
    }

    @Override
    public List<Download> downloadAll(List<URI> sites) {
        List<Future<Download>> futures = new ArrayList<>(sites.size());
        try (HttpClient client = Fetch.newClient();
                ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            for (URI site : sites) {
                futures.add(pool.submit(() -> Fetch.one(client, site)));
            }
        } // closing the pool waits for every task; then the shared client is closed
        return futures.stream().map(Future::resultNow).toList();
    }
}
