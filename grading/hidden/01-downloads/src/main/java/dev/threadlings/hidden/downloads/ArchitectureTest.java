package dev.threadlings.hidden.downloads;

import dev.threadlings.downloads.AsyncDownloader;
import dev.threadlings.downloads.DownloadRules;
import dev.threadlings.downloads.MultiprocessDownloader;
import dev.threadlings.downloads.SequentialDownloader;
import dev.threadlings.downloads.SiteDownloader;
import dev.threadlings.downloads.VirtualThreadDownloader;
import dev.threadlings.kit.code.LearnerCode;
import dev.threadlings.kit.junit.Points;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The shape each strategy must have, read from its byte code (method references and lambdas included): the
 * rules of {@link DownloadRules}, which the learner's own architecture checks apply too.
 *
 * <p>Each test first runs the strategy on no sites, so a stub still on its TODO counts as "not attempted".
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Tag("architecture")
class ArchitectureTest {

    private static void requireAttempted(Strategy strategy) {
        LearnerCode.requireAttempted(() -> {
            try (SiteDownloader downloader = strategy.create(2)) {
                downloader.downloadAll(List.of());
            }
        });
    }

    @Test
    @Tag("task:1")
    @Points(2)
    void sequential_uses_no_thread_executor_or_future() {
        requireAttempted(Strategy.SEQUENTIAL);
        DownloadRules.sequentialUsesNoConcurrency(SequentialDownloader.class);
    }

    @Test
    @Tag("task:3")
    @Points(3)
    void async_never_blocks_and_starts_no_threads_or_executors() {
        requireAttempted(Strategy.ASYNC);
        DownloadRules.asyncNeverBlocks(AsyncDownloader.class);
    }

    @Test
    @Tag("task:4")
    @Points(1)
    void virtual_thread_downloader_uses_virtual_threads() {
        requireAttempted(Strategy.VIRTUAL);
        DownloadRules.virtualUsesVirtualThreads(VirtualThreadDownloader.class);
    }

    @Test
    @Tag("task:5")
    @Points(2)
    void multiprocess_starts_its_workers_with_process_builder() {
        requireAttempted(Strategy.MULTIPROCESS);
        DownloadRules.multiprocessStartsProcesses(MultiprocessDownloader.class);
    }
}
