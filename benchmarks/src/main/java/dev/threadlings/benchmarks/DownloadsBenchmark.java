package dev.threadlings.benchmarks;

import dev.threadlings.downloads.AsyncDownloader;
import dev.threadlings.downloads.Download;
import dev.threadlings.downloads.MultiprocessDownloader;
import dev.threadlings.downloads.SequentialDownloader;
import dev.threadlings.downloads.SiteDownloader;
import dev.threadlings.downloads.ThreadedDownloader;
import dev.threadlings.downloads.VirtualThreadDownloader;
import dev.threadlings.kit.sites.SiteServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exercise 01's reference strategies downloading pages from the kit's mock server, as the race does.
 *
 * <p>The lesson serves 160 pages of 100 ms; by default this serves 40 pages of 50 ms (2 KiB each) to
 * keep the run short, so the sequential time is about 40 × 50 ms = 2 s; {@code -p pages=160
 * -p latencyMs=100} gives the lesson's workload. One operation is one {@code downloadAll} of every page, and it fails if any page
 * failed (a timeout, say), so a time is never that of a broken run. The server runs in the benchmark's
 * JVM on loopback, started once per trial; the multiprocess strategy starts its worker JVMs in every
 * operation, as the lesson's process pool does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class DownloadsBenchmark {

    /**
     * The strategy: {@code sequential}, {@code threads} (a pool of {@link #threads}), {@code async}
     * ({@code HttpClient.sendAsync}), {@code virtual-threads} (one per page), or {@code processes} (a pool
     * of {@link #processes} JVMs).
     */
    @Param({"sequential", "threads", "async", "virtual-threads", "processes"})
    public String strategy;

    /** How many pages one operation downloads (the lesson: 160). */
    @Param("40")
    public int pages;

    /** Each page's latency in milliseconds (the lesson: 100). */
    @Param("50")
    public int latencyMs;

    /** The thread pool's size for {@code threads} (the lesson: 5). */
    @Param("5")
    public int threads;

    /** How many worker JVMs for {@code processes} (the lesson: 4). */
    @Param("4")
    public int processes;

    private SiteServer server;
    private SiteDownloader downloader;
    private List<URI> sites;

    /** Starts the mock server and makes the strategy; one small download warms both up. */
    @Setup(Level.Trial)
    public void setUp() {
        server = SiteServer.start();
        downloader = switch (strategy) {
            case "sequential" -> new SequentialDownloader();
            case "threads" -> new ThreadedDownloader(threads);
            case "async" -> new AsyncDownloader();
            case "virtual-threads" -> new VirtualThreadDownloader();
            case "processes" -> new MultiprocessDownloader(processes);
            default -> throw new IllegalArgumentException("unknown strategy: " + strategy);
        };
        sites = server.servePages("warm-up", 3, 2048, Duration.ZERO);
        check(downloader.downloadAll(sites));
    }

    /** Serves the pages afresh, which also empties the server's journal, so it does not grow all trial. */
    @Setup(Level.Iteration)
    public void servePages() {
        server.reset();
        sites = server.servePages("bench", pages, 2048, Duration.ofMillis(latencyMs));
    }

    /** Closes the strategy and stops the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
        try {
            if (downloader != null) {
                downloader.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /**
     * Downloads every page.
     *
     * @return the downloads, so that JMH consumes them
     */
    @Benchmark
    public List<Download> downloadAll() {
        return check(downloader.downloadAll(sites));
    }

    private List<Download> check(List<Download> downloads) {
        if (downloads.size() != sites.size()) {
            throw new IllegalStateException(strategy + " returned " + downloads.size() + " downloads for "
                    + sites.size() + " pages");
        }
        for (Download d : downloads) {
            if (!d.ok()) {
                throw new IllegalStateException(strategy + " failed to download " + d.site() + ": " + d.error());
            }
        }
        return downloads;
    }
}
