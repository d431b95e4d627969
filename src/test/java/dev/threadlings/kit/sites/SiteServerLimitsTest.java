package dev.threadlings.kit.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threadlings.kit.junit.SiteServerExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The site server's limits, against a real client: what a polite crawler meets, and what a rude one does. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SiteServerLimitsTest {

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    @Test
    void the_journal_records_each_answer_s_status() throws Exception {
        SiteServer server = SITES.server();
        URI ok = server.serve(Page.of("/ok", 100, Duration.ofMillis(50)));
        URI broken = server.serve(Page.of("/broken", 100, Duration.ZERO).with(Fault.HTTP_500));
        URI dropped = server.serve(Page.of("/dropped", 100, Duration.ZERO).with(Fault.DROPPED_CONNECTION));
        try (HttpClient client = Http.client()) {
            Http.get(client, ok);
            Http.get(client, broken);
            Http.get(client, URI.create(server.baseUri() + "/missing"));
            try {
                Http.get(client, dropped);
            } catch (IOException expected) {
                // the connection was dropped
            }
        }

        // HttpClient sends a GET again, once, when its connection is dropped: /dropped may be there twice
        assertThat(server.journal().requests()).extracting(ServedRequest::path, ServedRequest::status,
                ServedRequest::refusal).startsWith(
                        tuple("/ok", 200, null),
                        tuple("/broken", 500, null),
                        tuple("/missing", 404, null),
                        tuple("/dropped", 0, null))
                .hasSizeBetween(4, 5).last().isEqualTo(tuple("/dropped", 0, null));
    }

    @Test
    void over_the_requests_in_flight_the_site_answers_503_at_once() {
        SiteServer server = SITES.server();
        server.limit(Limits.of(2, 1000, 1000, 1000));
        List<URI> pages = server.servePages("slow", 5, 100, Duration.ofMillis(1500));
        try (HttpClient client = Http.client()) {
            List<HttpResponse<byte[]>> responses = Http.getAll(client, pages);

            assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 503);
            assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(2);
        }
        RequestJournal journal = server.journal();
        assertThat(journal.count(Refusal.TOO_MANY_IN_FLIGHT)).isEqualTo(3);
        assertThat(journal.answered().maxInFlight()).isEqualTo(2);
        assertThat(journal.requests()).filteredOn(ServedRequest::refused)
                .allSatisfy(r -> assertThat(r.duration()).isLessThan(Duration.ofMillis(1000)));
    }

    @Test
    void over_the_rate_the_site_answers_429_with_retry_after_and_a_rude_client_is_banned() throws Exception {
        SiteServer server = SITES.server();
        server.limit(Limits.of(100, 0.2, 2, 3)); // a token every 5 s: no refill during the test
        URI page = server.serve(Page.of("/p", 100, Duration.ZERO));
        List<Integer> statuses = new ArrayList<>();
        List<String> retryAfter = new ArrayList<>();
        try (HttpClient client = Http.client()) {
            for (int i = 0; i < 7; i++) {
                HttpResponse<byte[]> response = Http.get(client, page);
                statuses.add(response.statusCode());
                retryAfter.add(response.headers().firstValue("Retry-After").orElse("-"));
            }
        }

        assertThat(statuses).as("a burst of 2, then told to wait, then 3 requests while told to wait: banned")
                .containsExactly(200, 200, 429, 429, 429, 403, 403);
        assertThat(retryAfter).containsExactly("-", "-", "5", "5", "5", "-", "-");
        RequestJournal journal = server.journal();
        assertThat(journal.count(Refusal.OVER_THE_RATE)).isEqualTo(1);
        assertThat(journal.count(Refusal.TOO_EARLY)).isEqualTo(2);
        assertThat(journal.count(Refusal.BANNED)).isEqualTo(2);
        assertThat(journal.answered().count()).isEqualTo(2);

        server.reset();
        URI again = server.serve(Page.of("/p", 100, Duration.ZERO));
        try (HttpClient client = Http.client()) {
            assertThat(Http.get(client, again).statusCode()).as("after a reset, no limits and no ban").isEqualTo(200);
        }
    }

    @Test
    void a_client_that_honours_retry_after_is_served_and_never_banned() throws Exception {
        SiteServer server = SITES.server();
        server.limit(Limits.of(100, 4, 1, 1));
        URI page = server.serve(Page.of("/p", 100, Duration.ZERO));
        List<Integer> statuses = new ArrayList<>();
        try (HttpClient client = Http.client()) {
            for (int i = 0; i < 3; i++) {
                HttpResponse<byte[]> response = Http.get(client, page);
                statuses.add(response.statusCode());
                if (response.statusCode() == 429) {
                    long seconds = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
                    Thread.sleep(Duration.ofSeconds(seconds).plusMillis(20));
                }
            }
        }

        assertThat(statuses).containsExactly(200, 429, 200);
        assertThat(server.journal().count(Refusal.BANNED)).isZero();
    }
}
