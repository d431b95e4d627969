package dev.threadlings.kit.sites;

/**
 * Why a {@link SiteServer} with {@link Limits} said no to a request, as its journal records it.
 */
public enum Refusal {
    /** {@code 503 Service Unavailable}: more requests were in flight than the site allows. */
    TOO_MANY_IN_FLIGHT(503, "more requests in flight than the site allows"),
    /** {@code 429 Too Many Requests} with {@code Retry-After}: over the site's rate, its token bucket was empty. */
    OVER_THE_RATE(429, "over the site's rate"),
    /** {@code 429 Too Many Requests}: sent before the {@code Retry-After} the site gave had passed. */
    TOO_EARLY(429, "sent before the Retry-After the site gave had passed"),
    /** {@code 403 Forbidden}: banned, for sending too many requests while told to wait. */
    BANNED(403, "banned for ignoring Retry-After");

    private final int status;
    private final String meaning;

    Refusal(int status, String meaning) {
        this.status = status;
        this.meaning = meaning;
    }

    /**
     * The HTTP status the site answers with.
     *
     * @return 403, 429 or 503
     */
    public int status() {
        return status;
    }

    /**
     * What the refusal means, for messages.
     *
     * @return a few words
     */
    public String meaning() {
        return meaning;
    }
}
