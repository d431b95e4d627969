package dev.threadlings.downloads;

import java.net.URI;
import java.util.List;

/** Fetches one site after another on the calling thread: the baseline, N × latency. */
public class SequentialDownloader implements SiteDownloader {

    @Override
    public List<Download> downloadAll(List<URI> sites) {
        throw new UnsupportedOperationException(
                "TODO(downloads/sequential): open one client with Fetch.newClient() in try-with-resources and"
                        + " call Fetch.one(client, site) for each site in turn; see README task 1");
    }
}
