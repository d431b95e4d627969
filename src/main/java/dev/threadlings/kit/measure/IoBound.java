package dev.threadlings.kit.measure;

import java.time.Duration;

/**
 * The time an I/O-bound strategy should take, derived from the work: {@code ceil(n / concurrency)}
 * waves of one latency each, plus an allowance for start-up and scheduling.
 *
 * @param pages how many pages are fetched
 * @param concurrency how many requests the strategy keeps in flight
 * @param latency how long the server holds each response
 * @param allowance the time allowed on top of the ideal, for start-up and scheduling
 */
public record IoBound(int pages, int concurrency, Duration latency, Duration allowance) {

    /** Validates the bound's inputs. */
    public IoBound {
        if (pages < 0 || concurrency < 1) {
            throw new IllegalArgumentException("pages >= 0 and concurrency >= 1 expected");
        }
    }

    /**
     * How many rounds of requests the work needs: {@code ceil(pages / concurrency)}.
     *
     * @return the number of waves
     */
    public int waves() {
        return (pages + concurrency - 1) / concurrency;
    }

    /**
     * The fastest the work can possibly go: {@code waves × latency}.
     *
     * @return the ideal time
     */
    public Duration ideal() {
        return latency.multipliedBy(waves());
    }

    /**
     * The slowest a correct strategy should be: {@code ideal + allowance}.
     *
     * @return the upper limit
     */
    public Duration limit() {
        return ideal().plus(allowance);
    }

    /**
     * Tells whether a measured time is within the limit.
     *
     * @param measured the measured wall time
     * @return {@code true} when {@code measured <= limit()}
     */
    public boolean admits(Duration measured) {
        return measured.compareTo(limit()) <= 0;
    }

    /**
     * Tells whether a run that missed the bound overlapped its requests so much less than the bound assumes that no
     * load explains it: a bound of several requests at once, and a run that never had more than one in flight (or a
     * tenth of the bound's concurrency, for a bound of many). A busy machine spreads the starts of requests out, it
     * never makes a strategy that overlaps them wait for each answer before the next request; such a run is not
     * worth measuring again.
     *
     * @param maxInFlight the most requests the run had in flight at once
     * @return {@code true} when measuring again cannot change the verdict
     */
    public boolean overlapBeyondLoad(int maxInFlight) {
        return concurrency > 1 && maxInFlight <= Math.max(1, concurrency / 10);
    }

    /**
     * Shows how the bound was derived, for printing beside a measurement.
     *
     * @return for example {@code "ceil(20 / 5) × 100 ms = 400 ms, + 1000 ms allowance = 1400 ms"}
     */
    public String explain() {
        return "ceil(" + pages + " / " + concurrency + ") × " + latency.toMillis() + " ms = "
                + ideal().toMillis() + " ms, + " + allowance.toMillis() + " ms allowance = "
                + limit().toMillis() + " ms";
    }
}
