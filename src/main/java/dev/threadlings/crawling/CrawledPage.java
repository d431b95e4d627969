package dev.threadlings.crawling;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One page of a crawl: where it is, how far from the start, how the site answered and where it links.
 *
 * @param uri the page's address
 * @param depth the fewest links from the start to it (0 for the start)
 * @param status the site's final answer (200, 404, ...), or {@link #FAILED} when the request itself failed
 * @param links the absolute addresses it links to, in order, duplicates kept; none unless it answered 200
 */
public record CrawledPage(URI uri, int depth, int status, List<URI> links) implements Comparable<CrawledPage> {

    /** The status of a page whose request failed: a timeout, a dropped connection. */
    public static final int FAILED = -1;

    /** Checks and copies. */
    public CrawledPage {
        Objects.requireNonNull(uri, "uri");
        links = List.copyOf(links);
        if (depth < 0) {
            throw new IllegalArgumentException("a depth is 0 or more, got " + depth);
        }
    }

    /** Orders pages by address, the contract's order. */
    @Override
    public int compareTo(CrawledPage other) {
        return uri.toString().compareTo(other.uri.toString());
    }
}
