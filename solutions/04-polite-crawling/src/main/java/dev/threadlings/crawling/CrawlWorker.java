package dev.threadlings.crawling;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

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
        TokenBucket bucket = new TokenBucket(Double.parseDouble(args[0]), 1);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (HttpClient client = Visit.newClient();
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                bucket.acquire();
                out.println(Visit.one(client, URI.create(line.strip())).toLine());
                out.flush();
            }
        }
    }
}
