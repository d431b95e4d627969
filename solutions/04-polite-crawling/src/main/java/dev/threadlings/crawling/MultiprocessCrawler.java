package dev.threadlings.crawling;

import dev.threadlings.kit.process.JavaCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Task 6: the lesson's process pool, without the ban. {@code workers} child JVMs fetch the pages; this JVM
 * keeps the {@link Frontier} and hands each level out, page {@code i} to worker {@code i % workers}. The
 * site's rate is shared: each worker keeps to {@code perSecond / workers}, so together they keep to
 * {@code perSecond}.
 *
 * <p>A worker reads one address a line and answers {@link Answer#toLine()}; it exits when its
 * standard input ends.
 */
public final class MultiprocessCrawler implements Crawler {

    private final int workers;
    private final double perSecond;

    /**
     * A crawler of {@code workers} processes that share one rate.
     *
     * @param workers how many worker JVMs, at least 1
     * @param perSecond the rate of all of them together, above 0
     */
    public MultiprocessCrawler(int workers, double perSecond) {
        if (workers < 1 || !(perSecond > 0)) {
            throw new IllegalArgumentException("at least one worker and a rate above 0, got " + workers + " and "
                    + perSecond);
        }
        this.workers = workers;
        this.perSecond = perSecond;
    }

    @Override
    public List<CrawledPage> crawl(URI start, int depth) {
        Frontier frontier = new Frontier(start, depth);
        List<Process> processes = new ArrayList<>();
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Writer> inputs = new ArrayList<>();
            List<BufferedReader> outputs = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                Process worker = new ProcessBuilder(JavaCommand.forMain(CrawlWorker.class,
                        Double.toString(perSecond / workers))).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                processes.add(worker);
                inputs.add(worker.outputWriter(StandardCharsets.UTF_8));
                outputs.add(new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8)));
            }
            for (List<URI> level = frontier.nextLevel(); !level.isEmpty(); level = frontier.nextLevel()) {
                int at = frontier.depth();
                int[] handedOut = new int[workers];
                for (int i = 0; i < level.size(); i++) {
                    inputs.get(i % workers).write(level.get(i) + "\n");
                    handedOut[i % workers]++;
                }
                for (Writer input : inputs) {
                    input.flush();
                }
                List<Future<?>> answers = new ArrayList<>();
                for (int w = 0; w < workers; w++) {
                    BufferedReader output = outputs.get(w);
                    int expected = handedOut[w];
                    answers.add(readers.submit(() -> {
                        for (int k = 0; k < expected; k++) {
                            String line = output.readLine();
                            if (line == null) {
                                throw new IOException("a worker ended before it answered every page");
                            }
                            frontier.visited(Answer.fromLine(line).page(at));
                        }
                        return null;
                    }));
                }
                for (Future<?> answer : answers) {
                    answer.get();
                }
            }
            for (Writer input : inputs) {
                input.close(); // the workers exit
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run the worker processes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while crawling", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
        } finally {
            processes.forEach(MultiprocessCrawler::stop);
        }
        return frontier.pages();
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
