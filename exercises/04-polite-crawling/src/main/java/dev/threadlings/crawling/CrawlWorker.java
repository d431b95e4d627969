package dev.threadlings.crawling;

/**
 * The child JVM of {@link MultiprocessCrawler}: keeps to its share of the rate (its one argument, requests a
 * second), reads one address a line from standard input, answers each with {@link Answer#toLine()}, and
 * exits when standard input ends.
 */
public final class CrawlWorker {

    private CrawlWorker() {
    }

    /**
     * Runs the worker until its standard input ends.
     *
     * @param args the worker's share of the rate, requests a second
     * @throws Exception when standard input or output fails
     */
    public static void main(String[] args) throws Exception {
        throw new UnsupportedOperationException("TODO(crawling/multiprocess-worker): a TokenBucket of args[0]"
                + " requests a second; for each address on standard input, Visit.one and print Answer.toLine();"
                + " see README task 6");
    }
}
