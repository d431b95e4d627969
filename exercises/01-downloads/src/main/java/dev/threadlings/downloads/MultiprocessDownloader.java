package dev.threadlings.downloads;

import java.net.URI;
import java.util.List;

/**
 * Splits the sites among {@code processes} child JVMs, each with its own client: Python's
 * {@code multiprocessing.Pool} lesson, start-up cost included.
 */
public class MultiprocessDownloader implements SiteDownloader {

    private final int processes;

    /**
     * Makes a downloader that starts {@code processes} worker JVMs per call.
     *
     * @param processes how many worker processes, at least 1
     */
    public MultiprocessDownloader(int processes) {
        if (processes < 1) {
            throw new IllegalArgumentException("processes must be at least 1, was " + processes);
        }
        this.processes = processes;
    }

    @Override
    public List<Download> downloadAll(List<URI> sites) {
        throw new UnsupportedOperationException(
                "TODO(downloads/multiprocess): start " + processes + " DownloadWorker JVMs with"
                        + " new ProcessBuilder(JavaCommand.forMain(DownloadWorker.class)), send each its share of"
                        + " the sites on standard input, read their answers, and leave no process alive;"
                        + " see README task 5");
    }
}
