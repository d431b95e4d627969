package dev.threadlings.hidden.downloads;

import dev.threadlings.downloads.AsyncDownloader;
import dev.threadlings.downloads.MultiprocessDownloader;
import dev.threadlings.downloads.SequentialDownloader;
import dev.threadlings.downloads.SiteDownloader;
import dev.threadlings.downloads.ThreadedDownloader;
import dev.threadlings.downloads.VirtualThreadDownloader;
import dev.threadlings.kit.sites.SiteServer;
import java.time.Duration;
import java.util.function.IntFunction;

/**
 * The strategies of exercise 01 as the hidden tests make them, with the README task each one is.
 *
 * <p>{@code size} is the pool size or process count where the strategy takes one, and is ignored
 * otherwise.
 */
enum Strategy {
    SEQUENTIAL("SequentialDownloader", 1, size -> new SequentialDownloader()),
    THREADED("ThreadedDownloader", 2, ThreadedDownloader::new),
    ASYNC("AsyncDownloader", 3, size -> new AsyncDownloader()),
    VIRTUAL("VirtualThreadDownloader", 4, size -> new VirtualThreadDownloader()),
    MULTIPROCESS("MultiprocessDownloader", 5, MultiprocessDownloader::new);

    private final String className;
    private final int task;
    private final IntFunction<SiteDownloader> factory;

    Strategy(String className, int task, IntFunction<SiteDownloader> factory) {
        this.className = className;
        this.task = task;
        this.factory = factory;
    }

    /** Makes the strategy with the given pool size or process count. */
    SiteDownloader create(int size) {
        return factory.apply(size);
    }

    /**
     * Runs a strategy once on a few instant pages, so the JIT and the client's classes are warm before a
     * measurement. A multiprocess strategy does its work in fresh JVMs: it has nothing here to warm.
     */
    void warmUp(SiteDownloader downloader, SiteServer server) {
        if (this != MULTIPROCESS) {
            downloader.downloadAll(server.servePages("warm-up", 3, 256, Duration.ZERO));
        }
    }

    /** The learner's class name, as messages show it. */
    String className() {
        return className;
    }

    /** The README task that asks for this strategy. */
    int task() {
        return task;
    }
}
