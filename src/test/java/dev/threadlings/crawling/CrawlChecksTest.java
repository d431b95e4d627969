package dev.threadlings.crawling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadlings.kit.junit.SiteServerExtension;
import dev.threadlings.kit.sites.Page;
import dev.threadlings.kit.sites.SiteServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(30)
class CrawlChecksTest {

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    private static final Duration DEADLINE = Duration.ofMillis(200);
    private static final Duration AFTER_THE_CUT = Duration.ofMillis(300);

    /**
     * A crawl that ignores being interrupted, waits until the test lets it go and then asks for the start page once
     * more: a thread asleep in a long backoff that wakes up after its test has ended.
     */
    private record LateCrawler(CountDownLatch letGo, CompletableFuture<Object> lateAnswer) implements Crawler {

        @Override
        public List<CrawledPage> crawl(URI start, int depth) {
            boolean interrupted = false;
            while (true) {
                try {
                    letGo.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            try (HttpClient client = HttpClient.newHttpClient()) {
                HttpRequest request = HttpRequest.newBuilder(start).timeout(Duration.ofSeconds(5)).build();
                lateAnswer.complete(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
            } catch (IOException | InterruptedException e) {
                lateAnswer.complete(e);
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }
    }

    @Test
    void a_crawl_that_outlives_its_cut_closes_the_site_so_its_late_requests_find_no_one() throws Exception {
        SiteServer server = SITES.server();
        URI start = server.serve(Page.of("/late/0", 10, Duration.ZERO));
        LateCrawler late = new LateCrawler(new CountDownLatch(1), new CompletableFuture<>());

        try {
            assertThatThrownBy(() -> CrawlChecks.crawlWithin(late, start, 0, DEADLINE, server,
                    () -> "the crawl's own words", AFTER_THE_CUT)).isInstanceOf(AssertionError.class)
                    .hasMessage("the crawl's own words");
            assertThat(server.isClosed()).as("the site of a crawl still running after the cut").isTrue();
        } finally {
            late.letGo().countDown(); // its late request now, whatever the checks above found
        }
        assertThat(late.lateAnswer().get(10, TimeUnit.SECONDS)).as("what the late request got")
                .isInstanceOf(IOException.class);
    }

    @Test
    void a_crawl_that_ends_when_cut_leaves_the_site_running_and_empty() {
        SiteServer server = SITES.server();
        URI start = server.serve(Page.of("/stuck/0", 10, Duration.ZERO));
        Crawler stuck = (page, depth) -> {
            try {
                Thread.sleep(Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        };

        assertThatThrownBy(() -> CrawlChecks.crawlWithin(stuck, start, 0, DEADLINE, server, () -> "cut", AFTER_THE_CUT))
                .isInstanceOf(AssertionError.class).hasMessage("cut");

        assertThat(server.isClosed()).as("the site of a crawl that ended when interrupted").isFalse();
        assertThat(server.journal().count()).as("requests in the journal after the cut").isZero();
    }
}
