package dev.threadlings.downloads;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Starts every request with {@code HttpClient.sendAsync} and combines the futures: no thread waits. */
public class AsyncDownloader implements AsyncSiteDownloader {

    @Override
    public CompletableFuture<List<Download>> downloadAllAsync(List<URI> sites) {
        HttpClient client = Fetch.newClient();
        List<CompletableFuture<Download>> pending = sites.stream()
                .map(site -> Fetch.oneAsync(client, site))
                .toList();
        return CompletableFuture.allOf(pending.toArray(CompletableFuture<?>[]::new))
                .thenApply(done -> pending.stream().map(CompletableFuture::resultNow).toList())
                .whenComplete((results, error) -> client.shutdown());
    }
}
