package dev.threadlings.crawling;

import dev.threadlings.kit.hygiene.KeptReachable;
import dev.threadlings.kit.sites.Links;
import dev.threadlings.kit.sites.PlainHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One request, done right, so the exercise is about how many, how fast and what to do when the site says no.
 *
 * <p>Both {@link #one} and {@link #oneAsync} turn every outcome into an {@link Answer}: they never throw
 * because a page failed, and they never retry: a {@code 429} or {@code 503} comes back as an answer that is
 * {@linkplain Answer#refused() refused}, with the {@code Retry-After} the site gave.
 */
public final class Visit {

    private Visit() {
    }

    /**
     * Makes the client every strategy should use: HTTP/1.1 for the lesson's plain-HTTP sites ({@link PlainHttp}) and
     * the contract's timeout.
     *
     * <p>Share one among all threads of a crawl, and close it when the crawl is done.
     *
     * @return a new client; the caller owns it and must close it
     */
    public static HttpClient newClient() {
        return PlainHttp.newBuilder()
                .connectTimeout(Crawler.REQUEST_TIMEOUT)
                .build();
    }

    /**
     * Makes the GET request for one page, with the contract's timeout.
     *
     * @param page the page
     * @return the request
     */
    public static HttpRequest request(URI page) {
        return HttpRequest.newBuilder(page).timeout(Crawler.REQUEST_TIMEOUT).GET().build();
    }

    /**
     * Asks for one page and blocks the calling thread until the answer arrives or the request fails.
     *
     * @param client the client to send with
     * @param page the page
     * @return the answer; a failure is an answer, never an exception
     */
    public static Answer one(HttpClient client, URI page) {
        KeptReachable.report(client);
        try {
            return answer(page, client.send(request(page), HttpResponse.BodyHandlers.ofString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(page, e);
        } catch (IOException | RuntimeException e) {
            return failed(page, e);
        }
    }

    /**
     * Starts asking for one page and returns at once; no thread waits while the request is in flight.
     *
     * @param client the client to send with
     * @param page the page
     * @return a future of the answer; it never completes exceptionally
     */
    public static CompletableFuture<Answer> oneAsync(HttpClient client, URI page) {
        KeptReachable.report(client);
        try {
            return client.sendAsync(request(page), HttpResponse.BodyHandlers.ofString())
                    .handle((response, error) -> error == null ? answer(page, response) : failed(page, error));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(failed(page, e));
        }
    }

    /**
     * Reads a {@code Retry-After} header: whole seconds ({@code 3}) or an HTTP date
     * ({@code Tue, 01 Dec 2026 07:00:02 GMT}), as a wait from now.
     *
     * @param header the header's value
     * @param clock the clock a date is read against
     * @return the wait, zero for a date in the past; empty when the header is neither
     */
    public static Optional<Duration> retryAfter(String header, Clock clock) {
        String value = header.strip();
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            ZonedDateTime date = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), date.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Answer answer(URI page, HttpResponse<String> response) {
        List<URI> links = response.statusCode() == 200 ? Links.in(page, response.body()) : List.of();
        Optional<Duration> wait = response.headers().firstValue("Retry-After")
                .flatMap(header -> retryAfter(header, Clock.systemUTC()));
        return new Answer(page, response.statusCode(), links, wait, null);
    }

    private static Answer failed(URI page, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null
                ? error.getCause() : error;
        return new Answer(page, CrawledPage.FAILED, List.of(), Optional.empty(), cause.toString());
    }
}
