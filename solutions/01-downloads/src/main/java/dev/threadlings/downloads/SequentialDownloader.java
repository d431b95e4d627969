package dev.threadlings.downloads;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

/** Fetches one site after another on the calling thread: the baseline, N × latency. */
public class SequentialDownloader implements SiteDownloader {

    @Override
    public List<Download> downloadAll(List<URI> sites) {
        try (HttpClient client = Fetch.newClient()) {
            List<Download> results = new ArrayList<>(sites.size());
            for (URI site : sites) {
                results.add(Fetch.one(client, site));
            }
            return results;
        }
    }
}
