package dev.threadlings.downloads;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A downloader that never blocks: it starts every request and returns a future of all results.
 *
 * <p>The blocking {@link #downloadAll(List)} waits once, here, outside the strategy's own code, so a
 * strategy can keep the rule "never block while requests are in flight" to the letter.
 */
public interface AsyncSiteDownloader extends SiteDownloader {

    /**
     * Starts fetching every site and returns at once.
     *
     * @param sites the sites to fetch; may be empty, may hold duplicates
     * @return a future that completes with one result per site, in the order of {@code sites}; it
     *     never completes exceptionally because one site failed
     */
    CompletableFuture<List<Download>> downloadAllAsync(List<URI> sites);

    /**
     * Fetches every site by waiting once for {@link #downloadAllAsync(List)}.
     *
     * @param sites the sites to fetch
     * @return one result per site, in input order
     */
    @Override
    default List<Download> downloadAll(List<URI> sites) {
        return downloadAllAsync(sites).join();
    }
}
