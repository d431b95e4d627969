package dev.threadlings.kit.sites;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Decides, request by request, whether a site with {@link Limits} answers or says no; see {@link Limits} for
 * the rules. Times are {@link System#nanoTime()} readings, passed in, so the rules can be tested without a
 * clock; the wall clock is asked only to write a {@code Retry-After} as an HTTP date.
 */
final class Gate {

    private static final long SECOND = 1_000_000_000L;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** The answer to one request. */
    record Decision(Refusal refusal, String retryAfter) {

        /** The request is answered. */
        static final Decision ADMITTED = new Decision(null, null);

        boolean admitted() {
            return refusal == null;
        }
    }

    private final Limits limits;
    private final LongSupplier wallMillis;
    private int inFlight;
    private double tokens;
    private long refilledAt;
    private boolean started;
    private long waitUntil;
    private boolean waiting;
    private int ignored;
    private boolean banned;
    private long rateRefusals;

    Gate(Limits limits) {
        this(limits, System::currentTimeMillis);
    }

    Gate(Limits limits, LongSupplier wallMillis) {
        this.limits = limits;
        this.wallMillis = wallMillis;
        this.tokens = limits.burst();
    }

    /**
     * Decides about a request that arrives now; an admitted one must be {@linkplain #done() done} later.
     *
     * @param now the arrival, in {@link System#nanoTime()}
     * @return the decision
     */
    synchronized Decision admit(long now) {
        if (limits.equals(Limits.NONE)) {
            return Decision.ADMITTED;
        }
        refill(now);
        if (banned) {
            return new Decision(Refusal.BANNED, null);
        }
        if (waiting && now - waitUntil < 0) {
            ignored++;
            if (ignored >= limits.banAfter()) {
                banned = true;
                return new Decision(Refusal.BANNED, null);
            }
            return new Decision(Refusal.TOO_EARLY, retryAfter(now, waitUntil));
        }
        if (inFlight >= limits.maxInFlight()) {
            return new Decision(Refusal.TOO_MANY_IN_FLIGHT, null);
        }
        if (tokens < 1) {
            long seconds = Math.max(1, (long) Math.ceil((1 - tokens) / limits.perSecond()));
            long until = now + seconds * SECOND;
            waiting = true;
            waitUntil = until;
            ignored = 0; // a new wait: the count of requests that ignore it starts again
            return new Decision(Refusal.OVER_THE_RATE, retryAfter(now, until));
        }
        tokens -= 1;
        inFlight++;
        return Decision.ADMITTED;
    }

    /** An admitted request has been answered. */
    synchronized void done() {
        if (inFlight > 0) {
            inFlight--;
        }
    }

    private void refill(long now) {
        if (!started) {
            started = true;
            refilledAt = now;
            return;
        }
        double added = (now - refilledAt) / (double) SECOND * limits.perSecond();
        tokens = Math.min(limits.burst(), tokens + added);
        refilledAt = now;
    }

    /**
     * The header for a wait until {@code until}: seconds, or every other time when asked for, an HTTP date. A
     * date has whole seconds, so it is rounded up; the wait the server enforces stays {@code until}, never later
     * than what it said. (Moving it to the date would refuse a client that comes exactly at the date whenever the
     * wall clock's milliseconds were cut, and every early request's own rounded-up date would push the wait on.)
     */
    private String retryAfter(long now, long until) {
        long seconds = Math.max(1, (until - now + SECOND - 1) / SECOND);
        rateRefusals++;
        if (!limits.httpDates() || rateRefusals % 2 == 1) {
            return Long.toString(seconds);
        }
        long wall = wallMillis.getAsLong();
        long dateMillis = ((wall + seconds * 1000) / 1000 + 1) * 1000;
        return HTTP_DATE.format(Instant.ofEpochMilli(dateMillis));
    }
}
