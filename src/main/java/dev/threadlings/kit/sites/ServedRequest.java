package dev.threadlings.kit.sites;

import java.time.Duration;
import java.util.Objects;

/**
 * One request as the {@link SiteServer} saw it: its path, when it was in flight, and how it was answered.
 *
 * <p>Both instants are {@link System#nanoTime()} readings of this JVM, so they can be compared with
 * the test's own readings. The request was in flight during the half-open interval
 * {@code [arrivalNanos, completionNanos)}; see {@link SiteServer} for where each is measured.
 *
 * @param path the request's path, without query string
 * @param arrivalNanos when the request reached the server's request handling
 * @param completionNanos when the server began to send the response (or to drop the connection)
 * @param status the HTTP status of the response, or 0 when the connection was dropped or the server failed
 *     before it answered
 * @param refusal why a server with {@link Limits} said no, or {@code null} when it answered the page
 */
public record ServedRequest(String path, long arrivalNanos, long completionNanos, int status, Refusal refusal) {

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
     * A request answered with {@code 200 OK}, for example to test a failure message.
     *
     * @param path the request's path
     * @param arrivalNanos when it arrived
     * @param completionNanos when it was answered
     */
    public ServedRequest(String path, long arrivalNanos, long completionNanos) {
        this(path, arrivalNanos, completionNanos, 200, null);
    }

    /**
     * Returns how long the request was in flight.
     *
     * @return completion minus arrival
     */
    public Duration duration() {
        return Duration.ofNanos(completionNanos - arrivalNanos);
    }

    /**
     * Tells whether the site said no to the request ({@code 403}, {@code 429} or {@code 503} for its limits).
     *
     * @return {@code true} when {@link #refusal()} is set
     */
    public boolean refused() {
        return refusal != null;
    }
}
