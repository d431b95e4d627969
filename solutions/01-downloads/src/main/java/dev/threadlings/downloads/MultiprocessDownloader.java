package dev.threadlings.downloads;

import dev.threadlings.kit.process.JavaCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Splits the sites among {@code processes} child JVMs, each with its own client: Python's
 * {@code multiprocessing.Pool} lesson, start-up cost included.
 *
 * <p>Site {@code i} goes to worker {@code i % processes} as the line {@code i<TAB>uri}; the worker
 * answers {@code i<TAB>download line} and exits when its standard input ends.
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
        if (sites.isEmpty()) {
            return List.of();
        }
        int count = Math.min(processes, sites.size());
        List<Process> workers = new ArrayList<>(count);
        try {
            for (int w = 0; w < count; w++) {
                workers.add(new ProcessBuilder(JavaCommand.forMain(DownloadWorker.class))
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start());
            }
            for (int w = 0; w < count; w++) {
                try (Writer in = workers.get(w).outputWriter(StandardCharsets.UTF_8)) {
                    for (int i = w; i < sites.size(); i += count) {
                        in.write(i + "\t" + sites.get(i) + "\n");
                    }
                }
            }
            Download[] results = new Download[sites.size()];
            for (Process worker : workers) {
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        int tab = line.indexOf('\t');
                        results[Integer.parseInt(line.substring(0, tab))] = Download.fromLine(line.substring(tab + 1));
                    }
                }
            }
            for (int i = 0; i < results.length; i++) {
                if (results[i] == null) {
                    results[i] = Download.failure(sites.get(i), new IOException("its worker process gave no answer"));
                }
            }
            return Arrays.asList(results);
        } catch (IOException e) {
            throw new UncheckedIOException("could not run the worker processes", e);
        } finally {
            workers.forEach(MultiprocessDownloader::stop);
        }
    }

    private static void stop(Process worker) {
        try {
            if (!worker.waitFor(2, TimeUnit.SECONDS)) {
                worker.destroy();
                if (!worker.waitFor(1, TimeUnit.SECONDS)) {
                    worker.destroyForcibly().waitFor();
                }
            }
        } catch (InterruptedException e) {
            worker.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
