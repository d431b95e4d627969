package dev.threadlings.hidden.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.downloads.Download;
import dev.threadlings.downloads.Fetch;
import dev.threadlings.downloads.SiteDownloader;
import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.junit.SiteServerExtension;
import dev.threadlings.kit.measure.IoBound;
import dev.threadlings.kit.measure.Timed;
import dev.threadlings.kit.messages.DownloadMessages;
import dev.threadlings.kit.process.JavaCommand;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each strategy within its time bound, derived from the number of pages, the latency and the strategy's
 * concurrency, and printed with the measurement.
 *
 * <p>I/O-bound work waits on the server, not on the CPU, so these bounds hold on a busy machine too.
 * Each strategy is warmed up first and gets up to three tries: noise only ever adds time, so the best
 * try is the honest one, and a strategy that cannot overlap its requests never gets under its bound.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Tag("speedup")
class SpeedTest {

    private static final int TRIES = 3;

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    private static void assertWithin(Strategy strategy, int size, IoBound bound, String hint) {
        String name = strategy.className() + (strategy == Strategy.THREADED || strategy == Strategy.MULTIPROCESS
                ? "(" + size + ")" : "");
        try (SiteDownloader downloader = strategy.create(size)) {
            SITES.server().reset();
            strategy.warmUp(downloader, SITES.server());
            Duration best = null;
            for (int attempt = 0; attempt < TRIES && (best == null || !bound.admits(best)); attempt++) {
                SITES.server().reset();
                List<URI> sites = SITES.server().servePages("timed", bound.pages(), 1024, bound.latency());
                Timed<List<Download>> run = Timed.of(() -> downloader.downloadAll(sites));
                assertThat(run.value()).as(DownloadMessages.wrongCount(name, sites.size(),
                        run.value() == null ? 0 : run.value().size())).hasSize(sites.size());
                best = best == null || run.elapsed().compareTo(best) < 0 ? run.elapsed() : best;
            }
            System.out.printf("%s: best of up to %d tries %d ms; bound %s%n", name, TRIES, best.toMillis(),
                    bound.explain());
            assertThat(bound.admits(best)).as(DownloadMessages.tooSlow(name, best, bound.explain(), hint)).isTrue();
        }
    }

    @Test
    @Tag("task:1")
    @Points(2)
    void sequential_takes_about_n_times_the_latency() {
        assertWithin(Strategy.SEQUENTIAL, 1, new IoBound(10, 1, Duration.ofMillis(50), Duration.ofMillis(700)),
                "One client for the whole call is enough; a new client per page pays a new connection each time.");
    }

    @Test
    @Tag("task:2")
    @Points(2)
    void threaded_takes_about_pages_over_workers_times_the_latency() {
        assertWithin(Strategy.THREADED, 5, new IoBound(20, 5, Duration.ofMillis(100), Duration.ofMillis(600)),
                "With 5 workers, 20 pages need 4 rounds of requests. Submit every task before waiting for any.");
    }

    @Test
    @Tag("task:3")
    @Points(2)
    void async_fetches_100_pages_of_100_ms_in_under_half_a_second() {
        assertWithin(Strategy.ASYNC, 1, new IoBound(100, 100, Duration.ofMillis(100), Duration.ofMillis(400)),
                "All 100 requests should be in flight together, so the whole call takes about one latency.");
    }

    @Test
    @Tag("task:4")
    @Points(2)
    void virtual_threads_fetch_100_pages_of_100_ms_in_under_half_a_second() {
        assertWithin(Strategy.VIRTUAL, 1, new IoBound(100, 100, Duration.ofMillis(100), Duration.ofMillis(400)),
                "One virtual thread per site, all started before any is waited for, takes about one latency.");
    }

    @Test
    @Tag("task:5")
    @Points(2)
    void multiprocess_takes_its_share_of_pages_plus_jvm_start_up() {
        int processes = 4;
        Duration startUp = workerStartUp(processes);
        Duration allowance = startUp.multipliedBy(3).dividedBy(2).plusMillis(500);
        System.out.printf("%d reference worker JVMs (start, one request, exit) took %d ms here, together;"
                + " allowance 1.5 × that + 500 ms%n", processes, startUp.toMillis());
        assertWithin(Strategy.MULTIPROCESS, processes,
                new IoBound(20, processes, Duration.ofMillis(100), allowance),
                "Each of the " + processes + " workers should fetch a quarter of the pages, all workers at the"
                        + " same time; starting worker JVMs is the price of processes (" + startUp.toMillis()
                        + " ms for " + processes + " of them here, measured just now).");
    }

    /**
     * Measures, on this machine and now, what the start-up of {@code processes} worker JVMs costs: that
     * many reference probes started together, each making a client, fetching one page and exiting.
     * Best of two, so a hiccup does not tighten the bound.
     */
    private static Duration workerStartUp(int processes) {
        URI page = SITES.server().serve(dev.threadlings.kit.sites.Page.of("/probe", 16, Duration.ZERO));
        Duration best = null;
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            List<Process> probes = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < processes; i++) {
                    probes.add(new ProcessBuilder(JavaCommand.forMain(WorkerProbe.class, page.toString()))
                            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
                }
                for (Process probe : probes) {
                    if (!probe.waitFor(20, TimeUnit.SECONDS)) {
                        probe.destroyForcibly();
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("could not start a child JVM to calibrate", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while calibrating", e);
            } finally {
                probes.forEach(Process::destroyForcibly);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            best = best == null || took.compareTo(best) < 0 ? took : best;
        }
        return best;
    }

    /** The kit's reference worker start-up: a JVM that makes a client, fetches one page and exits. */
    public static final class WorkerProbe {

        private WorkerProbe() {
        }

        /**
         * Fetches the page named by the first argument, then exits.
         *
         * @param args the page's URI
         */
        public static void main(String[] args) {
            try (HttpClient client = Fetch.newClient()) {
                Fetch.one(client, URI.create(args[0]));
            }
        }
    }
}
