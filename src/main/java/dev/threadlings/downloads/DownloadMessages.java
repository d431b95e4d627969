package dev.threadlings.downloads;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;

/**
 * The teaching failure messages of exercise 01: what was expected, what was measured, what to try.
 *
 * <p>Visible and hidden tests take their messages from here, so a learner meets the same words in
 * both and the words are tested once.
 */
public final class DownloadMessages {

    private DownloadMessages() {
    }

    /**
     * A strategy returned the wrong number of results.
     *
     * @param strategy the strategy's class name
     * @param expected how many sites were given
     * @param actual how many results came back
     * @return the message
     */
    public static String wrongCount(String strategy, int expected, int actual) {
        return strategy + " returned " + actual + " results for " + expected + " sites (expected exactly one"
                + " per site, duplicates included). " + (actual < expected
                ? "Is a failed site dropped instead of returned with its error, or are duplicates merged?"
                : "Is a site fetched and added twice?");
    }

    /**
     * A strategy returned results out of input order.
     *
     * @param strategy the strategy's class name
     * @param index the first position that differs
     * @param expected the site given at that position
     * @param actual the site of the result at that position
     * @return the message
     */
    public static String wrongOrder(String strategy, int index, URI expected, URI actual) {
        return strategy + " put the result for " + actual + " at position " + index + ", where " + expected
                + " was given. Results must come back in input order, however the requests finished: collect"
                + " them by position (futures in a list, an array indexed by position), not in completion order.";
    }

    /**
     * A strategy reported a site's outcome wrongly.
     *
     * @param strategy the strategy's class name
     * @param site the site
     * @param expected what the server really answered
     * @param actual what the strategy reported
     * @return the message
     */
    public static String wrongResult(String strategy, URI site, String expected, String actual) {
        return strategy + " reported " + actual + " for " + site + ", but the server answered " + expected
                + ". Use Download.response(site, status, bytes) for every response (an HTTP error is a response"
                + " too) and Download.failure(site, error) when no response came.";
    }

    /**
     * A strategy kept the wrong number of requests in flight.
     *
     * @param strategy the strategy's class name
     * @param expected what the lesson expects, for example {@code "exactly 4"}
     * @param measured the most requests the server saw in flight at once
     * @param pages how many pages were fetched
     * @param hint the likely cause and what to try
     * @return the message
     */
    public static String inFlight(String strategy, String expected, int measured, int pages, String hint) {
        return strategy + " kept " + measured + " request" + (measured == 1 ? "" : "s") + " in flight at most"
                + " while fetching " + pages + " pages (expected " + expected + ", as the server's journal"
                + " counts them). " + hint;
    }

    /**
     * A strategy took longer than its bound.
     *
     * @param strategy the strategy's class name
     * @param measured the measured wall time
     * @param bound how the bound was derived
     * @param hint the likely cause and what to try
     * @return the message
     */
    public static String tooSlow(String strategy, Duration measured, String bound, String hint) {
        return strategy + " took " + measured.toMillis() + " ms; its bound is " + bound + ". " + hint;
    }

    /**
     * A sequential strategy finished faster than one-at-a-time fetching allows.
     *
     * @param strategy the strategy's class name
     * @param measured the measured wall time
     * @param pages how many pages were fetched
     * @param latency each page's latency
     * @return the message
     */
    public static String tooFastForSequential(String strategy, Duration measured, int pages, Duration latency) {
        return strategy + " fetched " + pages + " pages of " + latency.toMillis() + " ms each in "
                + measured.toMillis() + " ms, less than " + pages + " × " + latency.toMillis() + " = "
                + latency.multipliedBy(pages).toMillis() + " ms: it cannot have fetched them one at a time."
                + " The sequential strategy is the baseline: no threads, no async, one request after another.";
    }

    /**
     * A strategy left threads alive after it returned or was closed.
     *
     * @param strategy the strategy's class name
     * @param threads the names of the threads still alive
     * @return the message
     */
    public static String leakedThreads(String strategy, Collection<String> threads) {
        return strategy + " left " + threads.size() + " thread" + (threads.size() == 1 ? "" : "s")
                + " alive after it returned: " + threads + ". Close what you open: an ExecutorService and an"
                + " HttpClient are AutoCloseable, so open them in try-with-resources (an HttpClient's"
                + " \"SelectorManager\" thread lives until the client is closed).";
    }

    /**
     * A strategy left child processes alive after it returned.
     *
     * @param strategy the strategy's class name
     * @param processes descriptions of the processes still alive
     * @return the message
     */
    public static String leakedProcesses(String strategy, Collection<String> processes) {
        return strategy + " left " + processes.size() + " child process" + (processes.size() == 1 ? "" : "es")
                + " alive after it returned: " + processes + ". Close each worker's standard input so it"
                + " exits, wait for it with waitFor(), and destroy() it in a finally block if it does not.";
    }

    /**
     * A multiprocess strategy did its work in fewer processes than asked.
     *
     * @param strategy the strategy's class name
     * @param asked how many processes it was asked to use
     * @param seen how many child processes were seen during the call
     * @return the message
     */
    public static String tooFewProcesses(String strategy, int asked, int seen) {
        return strategy + " was asked for " + asked + " worker processes, but " + seen + " child process"
                + (seen == 1 ? " was" : "es were") + " seen while it ran. Start every worker with ProcessBuilder"
                + " before waiting for any of them, and give each its share of the sites.";
    }

    /**
     * A strategy did not request a site as often as it was asked for it in one call.
     *
     * @param strategy the strategy's class name
     * @param call which call it was, from 1
     * @param site the site
     * @param asked how often the call's list held it
     * @param requested how often the server saw it requested during the call
     * @return the message
     */
    public static String notRequestedEveryTime(String strategy, int call, URI site, int asked, int requested) {
        return strategy + " requested " + site.getPath() + " " + requested + " time" + (requested == 1 ? "" : "s")
                + " in call " + call + ", which asked for it " + asked + " time" + (asked == 1 ? "" : "s")
                + " (the server's journal counts every request). Every call fetches every site it is given, each"
                + " time it appears: " + (requested < asked ? "pages kept from an earlier call (a cache, also one"
                + " in a static field) or a duplicate fetched once skip the very waiting this exercise measures."
                : "is a site fetched twice, or a failed request retried?");
    }
}
