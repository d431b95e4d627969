package dev.threadlings.downloads;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Fetches a list of sites: the I/O-bound work of exercise 01.
 *
 * <p>The contract every strategy keeps:
 * <ul>
 *   <li>one {@link Download} per site, in the order of the input list (duplicates included);</li>
 *   <li>every site is requested each time it appears, in every call: nothing is kept from an earlier call,
 *       and a duplicate is fetched again;</li>
 *   <li>a site that fails (an HTTP error, a timeout, a dropped connection) gives a {@code Download} that
 *       carries its error and never stops the other sites;</li>
 *   <li>each request uses HTTP/1.1 and gives up after {@link #REQUEST_TIMEOUT};</li>
 *   <li>the strategy owns every thread, executor, client and process it makes: none is left alive after
 *       {@code downloadAll} returns, or, for one kept across calls, after {@link #close()}.</li>
 * </ul>
 */
public interface SiteDownloader extends AutoCloseable {

    /** How long one request may take before it counts as failed. */
    Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);

    /**
     * Fetches every site and returns one result per site, in input order.
     *
     * @param sites the sites to fetch; may be empty, may hold duplicates
     * @return one result per site, in the order of {@code sites}
     */
    List<Download> downloadAll(List<URI> sites);

    /** Releases whatever the strategy keeps across calls; by default it keeps nothing. */
    @Override
    default void close() {
    }
}
