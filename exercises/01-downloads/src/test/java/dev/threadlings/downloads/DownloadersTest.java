package dev.threadlings.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.kit.junit.SiteServerExtension;
import dev.threadlings.kit.junit.TodoExtension;
import dev.threadlings.kit.sites.Fault;
import dev.threadlings.kit.sites.Page;
import dev.threadlings.kit.sites.RequestJournal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Correctness of every strategy on a few pages (the grader checks the same on pages you have not seen): run it with {@code ./mvnw test -pl exercises/01-downloads -am}. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("correctness")
class DownloadersTest {

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    static Stream<Named<Supplier<SiteDownloader>>> strategies() {
        return Stream.of(
                Named.of("SequentialDownloader (task 1)", SequentialDownloader::new),
                Named.of("ThreadedDownloader(3) (task 2)", () -> new ThreadedDownloader(3)),
                Named.of("AsyncDownloader (task 3)", AsyncDownloader::new),
                Named.of("VirtualThreadDownloader (task 4)", VirtualThreadDownloader::new),
                Named.of("MultiprocessDownloader(2) (task 5)", () -> new MultiprocessDownloader(2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void fetches_every_page_in_input_order(Supplier<SiteDownloader> strategy) {
        List<URI> sites = SITES.server().servePages("visible", 6, 1000, Duration.ofMillis(20));
        // The slowest page first: results kept as they arrive would put it last, however busy the machine
        URI slow = SITES.server().serve(Page.of("/visible/slow", 1000, Duration.ofMillis(300)));
        List<URI> shuffled = List.of(slow, sites.get(3), sites.get(0), sites.get(5), sites.get(1), sites.get(4),
                sites.get(2), sites.get(3));

        List<Download> results = run(strategy, shuffled);

        String name = name(strategy);
        assertThat(results).as(DownloadMessages.wrongCount(name, shuffled.size(), results.size()))
                .hasSize(shuffled.size());
        for (int i = 0; i < shuffled.size(); i++) {
            assertThat(results.get(i).site())
                    .as(DownloadMessages.wrongOrder(name, i, shuffled.get(i), results.get(i).site()))
                    .isEqualTo(shuffled.get(i));
            assertThat(results.get(i))
                    .as(DownloadMessages.wrongResult(name, shuffled.get(i), "200 with 1000 bytes",
                            results.get(i).toString()))
                    .isEqualTo(Download.response(shuffled.get(i), 200, 1000));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void reports_a_failed_page_and_still_fetches_the_others(Supplier<SiteDownloader> strategy) {
        URI good = SITES.server().serve(Page.of("/good", 300, Duration.ofMillis(10)));
        URI broken = SITES.server().serve(Page.of("/broken", 10, Duration.ZERO).with(Fault.HTTP_500));
        URI dropped = SITES.server().serve(Page.of("/dropped", 10, Duration.ZERO).with(Fault.DROPPED_CONNECTION));
        List<URI> sites = List.of(broken, good, dropped, good);

        List<Download> results = run(strategy, sites);

        String name = name(strategy);
        assertThat(results).as(DownloadMessages.wrongCount(name, sites.size(), results.size())).hasSize(4);
        assertThat(results.get(0)).as(DownloadMessages.wrongResult(name, broken, "500", results.get(0).toString()))
                .extracting(Download::status, Download::ok).containsExactly(500, false);
        assertThat(results.get(1)).as(DownloadMessages.wrongResult(name, good, "200", results.get(1).toString()))
                .isEqualTo(Download.response(good, 200, 300));
        assertThat(results.get(2))
                .as(DownloadMessages.wrongResult(name, dropped, "a dropped connection", results.get(2).toString()))
                .extracting(Download::status, Download::ok).containsExactly(0, false);
        assertThat(results.get(3)).as(DownloadMessages.wrongResult(name, good, "200", results.get(3).toString()))
                .isEqualTo(Download.response(good, 200, 300));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void asks_the_server_for_every_site_in_every_call(Supplier<SiteDownloader> strategy) {
        List<URI> pages = SITES.server().servePages("twice", 3, 200, Duration.ofMillis(5));
        List<List<URI>> calls = List.of(List.of(pages.get(0), pages.get(1), pages.get(0)),
                List.of(pages.get(1), pages.get(2), pages.get(2), pages.get(0)));
        String name = name(strategy);
        try (SiteDownloader downloader = strategy.get()) {
            for (int call = 0; call < calls.size(); call++) {
                List<URI> sites = calls.get(call);
                RequestJournal before = SITES.server().journal();
                List<Download> results = downloader.downloadAll(sites);
                assertThat(results).as(DownloadMessages.wrongCount(name, sites.size(),
                        results == null ? 0 : results.size())).isNotNull().hasSize(sites.size());
                DownloadChecks.requestedEveryTime(name, call + 1, sites, before, SITES.server());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void returns_no_results_for_no_sites(Supplier<SiteDownloader> strategy) {
        assertThat(run(strategy, List.of())).isEmpty();
    }

    private static List<Download> run(Supplier<SiteDownloader> strategy, List<URI> sites) {
        try (SiteDownloader downloader = strategy.get()) {
            return downloader.downloadAll(sites);
        }
    }

    private static String name(Supplier<SiteDownloader> strategy) {
        try (SiteDownloader downloader = strategy.get()) {
            return downloader.getClass().getSimpleName();
        }
    }
}
