package dev.threadlings.crawling;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the site said to one request, before a strategy decides what to do about it.
 *
 * @param uri the page asked for
 * @param status the HTTP status, or {@link CrawledPage#FAILED} when the request failed
 * @param links the page's links, absolute, in order (none unless the status is 200)
 * @param retryAfter how long the site asked to wait ({@code Retry-After}, in seconds or as an HTTP date), when
 *     it said so
 * @param error what went wrong, when the request failed
 */
public record Answer(URI uri, int status, List<URI> links, Optional<Duration> retryAfter, String error) {

    /** Copies the links. */
    public Answer {
        links = List.copyOf(links);
    }

    /**
     * Tells whether the site said "not now" ({@code 429 Too Many Requests} or {@code 503 Service
     * Unavailable}): the page is to be asked for again, later, not recorded.
     *
     * @return {@code true} for 429 and 503
     */
    public boolean refused() {
        return status == 429 || status == 503;
    }

    /**
     * The page as the crawl's result records it.
     *
     * @param depth the fewest links from the start to it
     * @return the page
     */
    public CrawledPage page(int depth) {
        return new CrawledPage(uri, depth, status, links);
    }

    /**
     * The answer as one line, for a worker process to send: {@code status<TAB>address<TAB>links separated by
     * spaces} (no Retry-After, no error text).
     *
     * @return the line, without a line break
     */
    public String toLine() {
        return status + "\t" + uri + "\t" + String.join(" ", links.stream().map(URI::toString).toList());
    }

    /**
     * Reads a line that {@link #toLine()} wrote.
     *
     * @param line the line
     * @return the answer
     * @throws IllegalArgumentException when the line is no answer
     */
    public static Answer fromLine(String line) {
        String[] parts = line.split("\t", -1);
        if (parts.length != 3 || !parts[0].matches("-?\\d{1,3}")) {
            throw new IllegalArgumentException("not an answer line: " + line);
        }
        List<URI> links = parts[2].isEmpty() ? List.of() : Arrays.stream(parts[2].split(" ")).map(URI::create).toList();
        return new Answer(URI.create(parts[1]), Integer.parseInt(parts[0]), links, Optional.empty(), null);
    }
}
