package dev.threadlings.downloads;

import java.net.URI;
import java.util.List;

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
        throw new UnsupportedOperationException(
                "TODO(downloads/threaded): submit one task per site to a pool of `workers` ("
                        + workers + ") threads sharing one client, then collect the results in input order;"
                        + " see README task 2");
    }
}
