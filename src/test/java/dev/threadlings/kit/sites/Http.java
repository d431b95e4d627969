package dev.threadlings.kit.sites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The client side of the tests: {@code java.net.http.HttpClient} on HTTP/1.1 with a 1 s timeout. */
final class Http {

    static final Duration TIMEOUT = Duration.ofSeconds(1);

    private Http() {}

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    static HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
    }

    static HttpResponse<byte[]> get(HttpClient client, URI uri) throws IOException, InterruptedException {
        return client.send(request(uri), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> getUnchecked(HttpClient client, URI uri) {
        try {
            return get(client, uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends all requests at once and waits for every response. */
    static List<HttpResponse<byte[]>> getAll(HttpClient client, List<URI> uris) {
        List<CompletableFuture<HttpResponse<byte[]>>> futures = uris.stream()
                .map(uri -> HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build())
                .map(request -> client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()))
                .toList();
        return futures.stream().map(CompletableFuture::join).toList();
    }
}
