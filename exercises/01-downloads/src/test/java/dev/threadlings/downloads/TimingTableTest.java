package dev.threadlings.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.kit.junit.SiteServerExtension;
import dev.threadlings.kit.junit.Todo;
import dev.threadlings.kit.junit.TodoExtension;
import dev.threadlings.kit.measure.IoBound;
import dev.threadlings.kit.measure.TextTable;
import dev.threadlings.kit.measure.Timed;
import dev.threadlings.kit.sites.RequestJournal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Times every strategy on the same pages and prints a table: how long, how many requests were in flight,
 * and the bound each should meet. Strategies still on their TODO show as "TODO" rows.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("speedup")
class TimingTableTest {

    private static final int PAGES = 20;
    private static final Duration LATENCY = Duration.ofMillis(100);

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    private record Strategy(String name, Supplier<SiteDownloader> create, IoBound bound) {
    }

    @Test
    void prints_how_long_each_strategy_takes_against_the_server_latency() {
        List<Strategy> strategies = List.of(
                new Strategy("SequentialDownloader", SequentialDownloader::new, bound(1, 500)),
                new Strategy("ThreadedDownloader(5)", () -> new ThreadedDownloader(5), bound(5, 1000)),
                new Strategy("AsyncDownloader", AsyncDownloader::new, bound(PAGES, 1000)),
                new Strategy("VirtualThreadDownloader", VirtualThreadDownloader::new, bound(PAGES, 1000)),
                new Strategy("MultiprocessDownloader(4)", () -> new MultiprocessDownloader(4), bound(4, 4000)));
        TextTable table = new TextTable("strategy", "time", "in flight", "bound", "verdict");
        List<String> failures = new ArrayList<>();
        RuntimeException firstTodo = null;

        for (Strategy strategy : strategies) {
            try (SiteDownloader downloader = strategy.create().get()) {
                List<URI> sites = SITES.server().servePages("timing", PAGES, 1000, LATENCY);
                downloader.downloadAll(sites.subList(0, 2)); // warm-up: class loading, first connection
                SITES.server().reset();
                sites = SITES.server().servePages("timing", PAGES, 1000, LATENCY);
                List<URI> all = sites;
                Timed<List<Download>> run = Timed.of(() -> downloader.downloadAll(all));
                RequestJournal journal = SITES.server().journal();
                boolean within = strategy.bound().admits(run.elapsed());
                table.row(strategy.name(), run.millis() + " ms", journal.maxInFlight(),
                        "≤ " + strategy.bound().limit().toMillis() + " ms", within ? "ok" : "too slow");
                if (!within) {
                    failures.add(DownloadMessages.tooSlow(strategy.name(), run.elapsed(), strategy.bound().explain(),
                            "Are the requests really in flight together?"));
                }
            } catch (RuntimeException e) {
                if (!Todo.isTodo(e)) {
                    throw e;
                }
                table.row(strategy.name(), "TODO", "", "", "not attempted yet");
                firstTodo = firstTodo == null ? e : firstTodo;
            }
        }
        System.out.printf("%n%d pages, %d ms latency each:%n%s%n", PAGES, LATENCY.toMillis(), table);
        if (firstTodo != null) {
            throw firstTodo;
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    private static IoBound bound(int concurrency, long allowanceMillis) {
        return new IoBound(PAGES, concurrency, LATENCY, Duration.ofMillis(allowanceMillis));
    }
}
