package dev.threadlings.kit.sites;

/**
 * A failure that the {@link SiteServer} injects when one page is fetched.
 *
 * <p>Each fault is chosen so that a {@code java.net.http.HttpClient} pinned to HTTP/1.1 with a
 * one-second request timeout sees one well-defined outcome; the comments name it.
 */
public enum Fault {

    /** No fault: the page answers {@code 200 OK} with its deterministic body after its latency. */
    NONE,

    /** The page answers {@code 500 Internal Server Error} with a short text body after its latency. */
    HTTP_500,

    /** The page answers {@code 404 Not Found} with a short text body after its latency. */
    HTTP_404,

    /**
     * The page answers {@code 503 Service Unavailable}, without {@code Retry-After}, after its latency, every
     * time: a page that never stops refusing (a crawler that retries without a budget never ends). The journal
     * records it as the page's answer, not as a refusal of the server's {@link Limits}.
     */
    HTTP_503,

    /**
     * The page answers {@code 200 OK} only after its latency plus {@link SiteServer#SLOW_DELAY}, later
     * than a client's one-second timeout, so the client gets an {@code HttpTimeoutException}.
     */
    SLOW,

    /**
     * After its latency the server resets the connection without answering (a TCP reset, WireMock's
     * {@code CONNECTION_RESET_BY_PEER}), so the client gets an {@code IOException}.
     *
     * <p>Note that {@code HttpClient} retries a {@code GET} once by itself when a connection closes
     * before any byte of the response, so one {@code send} can reach the server twice (and take twice
     * the latency) before it throws: the journal then counts two requests for the page.
     */
    DROPPED_CONNECTION
}
