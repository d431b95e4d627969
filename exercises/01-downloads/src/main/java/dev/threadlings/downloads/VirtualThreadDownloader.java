package dev.threadlings.downloads;

import java.net.URI;
import java.util.List;

/** Fetches every site on a virtual thread of its own: blocking code, thousands in flight. */
public class VirtualThreadDownloader implements SiteDownloader {

    @Override
    public List<Download> downloadAll(List<URI> sites) {
        throw new UnsupportedOperationException(
                "TODO(downloads/virtual): run Fetch.one(client, site) for each site on a virtual thread of its"
                        + " own (Executors.newVirtualThreadPerTaskExecutor()); see README task 4");
    }
}
