package dev.threadlings.kit.sites;

import java.time.Duration;
import java.util.Objects;

/**
 * One request as the {@link SiteServer} saw it: its path and when it was in flight.
 *
 * <p>Both instants are {@link System#nanoTime()} readings of this JVM, so they can be compared with
 * the test's own readings. The request was in flight during the half-open interval
 * {@code [arrivalNanos, completionNanos)}; see {@link SiteServer} for where each is measured.
 *
 * @param path the request's path, without query string
 * @param arrivalNanos when the request reached the server's request handling
 * @param completionNanos when the server began to send the response (or to drop the connection)
 */
public record ServedRequest(String path, long arrivalNanos, long completionNanos) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the completion is before the arrival
     * @throws NullPointerException if the path is {@code null}
     */
    public ServedRequest {
        Objects.requireNonNull(path, "path");
        if (completionNanos - arrivalNanos < 0) {
            throw new IllegalArgumentException("a request cannot complete before it arrives: arrival "
                    + arrivalNanos + ", completion " + completionNanos);
        }
    }

    /**
     * Returns how long the request was in flight.
     *
     * @return completion minus arrival
     */
    public Duration duration() {
        return Duration.ofNanos(completionNanos - arrivalNanos);
    }
}
