package dev.threadlings.crawling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.kit.junit.SiteServerExtension;
import dev.threadlings.kit.junit.TodoExtension;
import dev.threadlings.kit.sites.Limits;
import dev.threadlings.kit.sites.Refusal;
import dev.threadlings.kit.sites.RequestJournal;
import dev.threadlings.kit.sites.SiteGraph;
import dev.threadlings.kit.sites.SiteServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The lesson's failure, measured: the naive crawler against a site that limits its clients. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("correctness")
@Tag("task:1")
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NaiveCrawlerTest {

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    @Test
    void the_naive_crawler_is_banned() {
        SiteServer server = SITES.server();
        SiteGraph graph = SiteGraph.random("naive", 60, 5);
        URI start = graph.serveOn(server, 300, Duration.ofMillis(20));
        Limits limits = Limits.of(1000, 10, 5, 5);
        server.limit(limits);

        List<CrawledPage> pages;
        try (Crawler crawler = new NaiveCrawler()) {
            pages = crawler.crawl(start, 6);
        }

        RequestJournal journal = server.journal();
        System.out.printf("NaiveCrawler against a site with %s:%n  %d requests: %d answered, %d told to wait (429),"
                + " %d sent while told to wait, %d forbidden (403: banned)%n%s%n", limits, journal.count(),
                journal.answered().count(), journal.count(Refusal.OVER_THE_RATE), journal.count(Refusal.TOO_EARLY),
                journal.count(Refusal.BANNED), journal.timeline(60));
        assertThat(journal.count(Refusal.BANNED)).as("the naive crawler sends a whole level at once: it should be"
                + " told to wait, keep asking, and be banned").isPositive();
        assertThat(pages).as("pages it got a 403 for").anyMatch(p -> p.status() == 403);
    }
}
