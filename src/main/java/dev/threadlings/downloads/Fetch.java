package dev.threadlings.downloads;

import dev.threadlings.kit.hygiene.KeptReachable;
import dev.threadlings.kit.sites.PlainHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * One request, done right, so the exercise is about arranging many of them.
 *
 * <p>Both {@link #one} and {@link #oneAsync} turn every outcome into a {@link Download}: they never
 * throw because a site failed.
 */
public final class Fetch {

    private Fetch() {
    }

    /**
     * Makes the client every strategy should use: HTTP/1.1 for the lesson's plain-HTTP sites ({@link PlainHttp}) and
     * the contract's timeout.
     *
     * <p>An {@link HttpClient} is thread-safe: share one among all threads of a call, and close it
     * (it is {@link AutoCloseable}) when the call is done, or its selector thread lives on.
     *
     * @return a new client; the caller owns it and must close it
     */
    public static HttpClient newClient() {
        return PlainHttp.newBuilder()
                .connectTimeout(SiteDownloader.REQUEST_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Makes the GET request for one site, with the contract's timeout.
     *
     * @param site the site to fetch
     * @return the request
     */
    public static HttpRequest request(URI site) {
        return HttpRequest.newBuilder(site).timeout(SiteDownloader.REQUEST_TIMEOUT).GET().build();
    }

    /**
     * Fetches one site and blocks the calling thread until the response arrives or fails.
     *
     * @param client the client to send with
     * @param site the site to fetch
     * @return the site's result; a failure is a result, never an exception
     */
    public static Download one(HttpClient client, URI site) {
        KeptReachable.report(client);
        try {
            HttpResponse<byte[]> response = client.send(request(site), HttpResponse.BodyHandlers.ofByteArray());
            return Download.response(site, response.statusCode(), response.body().length);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Download.failure(site, e);
        } catch (IOException | RuntimeException e) {
            return Download.failure(site, e);
        }
    }

    /**
     * Starts fetching one site and returns at once; no thread waits while the request is in flight.
     *
     * @param client the client to send with
     * @param site the site to fetch
     * @return a future of the site's result; it never completes exceptionally
     */
    public static CompletableFuture<Download> oneAsync(HttpClient client, URI site) {
        KeptReachable.report(client);
        try {
            return client.sendAsync(request(site), HttpResponse.BodyHandlers.ofByteArray())
                    .handle((response, error) -> error == null
                            ? Download.response(site, response.statusCode(), response.body().length)
                            : Download.failure(site, error));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(Download.failure(site, e));
        }
    }
}
