package dev.threadlings.kit.sites;

import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link SiteServer} allows before it says no, as a real site that protects itself does: at most
 * {@code maxInFlight} requests at once, a token bucket of {@code perSecond} requests a second with room for
 * a burst of {@code burst}, and a ban for a client that keeps asking while told to wait.
 *
 * <ul>
 *   <li>A request while {@code maxInFlight} are in flight gets {@code 503} at once.
 *   <li>A request when the bucket is empty gets {@code 429} with {@code Retry-After}: the whole seconds until
 *       a token is back, at least 1 (every other time as an HTTP date when {@code httpDates} is set).
 *   <li>A request that arrives before a {@code Retry-After} it was given has passed gets {@code 429} too, and
 *       counts against the client; after {@code banAfter} of them during one wait every request gets
 *       {@code 403}, until the server is {@linkplain SiteServer#reset() reset}: the lesson's banned IP. All clients on loopback share
 *       one address, so they share the rate, the wait and the ban, as the workers of one crawler would.
 * </ul>
 *
 * @param maxInFlight how many requests may be in flight at once, at least 1
 * @param perSecond the bucket's refill rate, requests a second, above 0
 * @param burst the bucket's size: how many requests may come at once after a quiet while, at least 1
 * @param banAfter how many requests sent during one wait lead to a ban, at least 1
 * @param httpDates whether every other {@code Retry-After} is an HTTP date instead of seconds
 */
public record Limits(int maxInFlight, double perSecond, int burst, int banAfter, boolean httpDates) {

    /** No limits: the server answers every request (its default, and what {@link SiteServer#reset()} restores). */
    public static final Limits NONE = new Limits(Integer.MAX_VALUE, Double.POSITIVE_INFINITY, Integer.MAX_VALUE,
            Integer.MAX_VALUE, false);

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException when one is out of range
     */
    public Limits {
        if (maxInFlight < 1 || !(perSecond > 0) || burst < 1 || banAfter < 1) {
            throw new IllegalArgumentException("limits need at least 1 in flight, a rate above 0, a burst of at"
                    + " least 1 and a ban after at least 1 request; got " + maxInFlight + " in flight, " + perSecond
                    + "/s, burst " + burst + ", ban after " + banAfter);
        }
    }

    /**
     * Limits with Retry-After in seconds only.
     *
     * @param maxInFlight how many requests may be in flight at once
     * @param perSecond requests a second
     * @param burst the bucket's size
     * @param banAfter how many requests sent while told to wait lead to a ban
     * @return the limits
     */
    public static Limits of(int maxInFlight, double perSecond, int burst, int banAfter) {
        return new Limits(maxInFlight, perSecond, burst, banAfter, false);
    }

    /**
     * The same limits, with every other Retry-After given as an HTTP date.
     *
     * @return the limits
     */
    public Limits withHttpDates() {
        return new Limits(maxInFlight, perSecond, burst, banAfter, true);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (maxInFlight < Integer.MAX_VALUE) {
            parts.add("at most " + maxInFlight + " in flight");
        }
        if (!Double.isInfinite(perSecond)) {
            String rate = perSecond == Math.rint(perSecond) ? Long.toString((long) perSecond) : Double.toString(perSecond);
            parts.add(rate + " requests/s with a burst of " + burst);
        }
        if (banAfter < Integer.MAX_VALUE) {
            parts.add("a ban after " + banAfter + " requests sent during one wait");
        }
        return parts.isEmpty() ? "no limits" : String.join(", ", parts);
    }
}
