package dev.threadlings.downloads;

import dev.threadlings.kit.code.LearnerCode;
import dev.threadlings.kit.junit.TodoExtension;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shape each strategy must have, read from its byte code: {@link DownloadRules}, the very rules the grader
 * applies. A strategy still on its TODO is "not attempted".
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("architecture")
class ArchitectureTest {

    private static void attempted(Supplier<SiteDownloader> strategy) {
        LearnerCode.requireAttempted(() -> {
            try (SiteDownloader downloader = strategy.get()) {
                downloader.downloadAll(List.of());
            }
        });
    }

    @Test
    @Tag("task:1")
    void sequential_code_uses_no_thread_executor_future_or_parallel_stream() {
        attempted(SequentialDownloader::new);
        DownloadRules.sequentialUsesNoConcurrency(SequentialDownloader.class);
    }

    @Test
    @Tag("task:3")
    void async_code_never_blocks_and_starts_no_threads() {
        attempted(AsyncDownloader::new);
        DownloadRules.asyncNeverBlocks(AsyncDownloader.class);
    }

    @Test
    @Tag("task:4")
    void virtual_code_starts_virtual_threads() {
        attempted(VirtualThreadDownloader::new);
        DownloadRules.virtualUsesVirtualThreads(VirtualThreadDownloader.class);
    }

    @Test
    @Tag("task:5")
    void multiprocess_code_starts_its_workers_with_process_builder() {
        attempted(() -> new MultiprocessDownloader(2));
        DownloadRules.multiprocessStartsProcesses(MultiprocessDownloader.class);
    }
}
