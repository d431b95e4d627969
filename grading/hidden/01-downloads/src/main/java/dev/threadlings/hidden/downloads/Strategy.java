package dev.threadlings.hidden.downloads;

import dev.threadlings.downloads.AsyncDownloader;
import dev.threadlings.downloads.MultiprocessDownloader;
import dev.threadlings.downloads.SequentialDownloader;
import dev.threadlings.downloads.SiteDownloader;
import dev.threadlings.downloads.ThreadedDownloader;
import dev.threadlings.downloads.VirtualThreadDownloader;
import dev.threadlings.kit.code.FreshClasses;
import dev.threadlings.kit.sites.SiteServer;
import java.time.Duration;

/**
 * The strategies of exercise 01 as the hidden tests make them, with the README task each one is.
 *
 * <p>{@code size} is the pool size or process count where the strategy takes one, and is ignored
 * otherwise.
 */
enum Strategy {
    SEQUENTIAL("SequentialDownloader", 1, SequentialDownloader.class, false),
    THREADED("ThreadedDownloader", 2, ThreadedDownloader.class, true),
    ASYNC("AsyncDownloader", 3, AsyncDownloader.class, false),
    VIRTUAL("VirtualThreadDownloader", 4, VirtualThreadDownloader.class, false),
    MULTIPROCESS("MultiprocessDownloader", 5, MultiprocessDownloader.class, true);

    private final String className;
    private final int task;
    private final Class<? extends SiteDownloader> type;
    private final boolean sized;

    Strategy(String className, int task, Class<? extends SiteDownloader> type, boolean sized) {
        this.className = className;
        this.task = task;
        this.type = type;
        this.sized = sized;
    }

    /** Makes the strategy with the given pool size or process count. */
    SiteDownloader create(int size) {
        return switch (this) {
            case SEQUENTIAL -> new SequentialDownloader();
            case THREADED -> new ThreadedDownloader(size);
            case ASYNC -> new AsyncDownloader();
            case VIRTUAL -> new VirtualThreadDownloader();
            case MULTIPROCESS -> new MultiprocessDownloader(size);
        };
    }

    /** Makes the strategy from a fresh copy of the learner's classes (see {@link FreshClasses}). */
    SiteDownloader createFresh(int size) {
        return sized ? FreshClasses.create(SiteDownloader.class, type, size)
                : FreshClasses.create(SiteDownloader.class, type);
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
