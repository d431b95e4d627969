package dev.threadlings.downloads;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Fetches every site on a virtual thread of its own: blocking code, thousands in flight. */
public class VirtualThreadDownloader implements SiteDownloader {

    @Override
    public List<Download> downloadAll(List<URI> sites) {
        List<Future<Download>> futures = new ArrayList<>(sites.size());
        try (HttpClient client = Fetch.newClient();
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (URI site : sites) {
                futures.add(threads.submit(() -> Fetch.one(client, site)));
            }
        }
        return futures.stream().map(Future::resultNow).toList();
    }
}
