package dev.threadlings.hidden.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import dev.threadlings.downloads.AsyncDownloader;
import dev.threadlings.downloads.Fetch;
import dev.threadlings.downloads.MultiprocessDownloader;
import dev.threadlings.downloads.SequentialDownloader;
import dev.threadlings.downloads.SiteDownloader;
import dev.threadlings.downloads.VirtualThreadDownloader;
import dev.threadlings.hidden.common.LearnerCode;
import dev.threadlings.kit.junit.Points;
import java.net.http.HttpClient;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.stream.BaseStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The shape each strategy must have, read from its byte code (method references and lambdas included).
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
        List<String> found = LearnerCode.of(SequentialDownloader.class).accesses(
                LearnerCode.toPackage("java.util.concurrent")
                        .or(LearnerCode.to(Thread.class))
                        .or(LearnerCode.to(Collection.class, "parallelStream"))
                        .or(LearnerCode.to(BaseStream.class, "parallel"))
                        .or(LearnerCode.to(HttpClient.class, "sendAsync"))
                        .or(LearnerCode.to(Fetch.class, "oneAsync")));
        assertThat(found)
                .as("SequentialDownloader is the baseline every other strategy is compared with: it must fetch one"
                        + " page after another on the calling thread, with no threads, executors, futures or"
                        + " parallel streams. Found: %s", found)
                .isEmpty();
    }

    @Test
    @Tag("task:3")
    @Points(3)
    void async_never_blocks_and_starts_no_threads_or_executors() {
        requireAttempted(Strategy.ASYNC);
        Predicate<JavaAccess<?>> blocking = LearnerCode.to(Future.class, "join", "get")
                .or(LearnerCode.to(HttpClient.class, "send"))
                .or(LearnerCode.to(Fetch.class, "one"))
                .or(LearnerCode.to(CountDownLatch.class, "await"))
                .or(LearnerCode.to(Semaphore.class, "acquire", "acquireUninterruptibly"))
                .or(LearnerCode.to(LockSupport.class))
                .or(LearnerCode.to(Object.class, "wait"))
                .or(LearnerCode.to(Thread.class, "sleep", "join"));
        Predicate<JavaAccess<?>> ownThreads = LearnerCode.to(Thread.class)
                .or(LearnerCode.to(Executors.class))
                .or(LearnerCode.to(java.util.concurrent.ExecutorService.class, "<init>"))
                .or(LearnerCode.to(CompletableFuture.class, "supplyAsync", "runAsync"));
        LearnerCode code = LearnerCode.of(AsyncDownloader.class);
        List<String> blocks = code.accesses(blocking);
        List<String> threads = code.accesses(ownThreads.and(blocking.negate()));
        assertThat(blocks)
                .as("AsyncDownloader must never block while its requests are in flight: no join(), get(),"
                        + " HttpClient.send or Fetch.one (method references count too). Combine the futures with"
                        + " CompletableFuture.allOf(...).thenApply(...) and return; AsyncSiteDownloader.downloadAll"
                        + " waits once, outside your code. Found: %s", blocks)
                .isEmpty();
        assertThat(threads)
                .as("AsyncDownloader must not start threads or executors of its own (or borrow a pool with"
                        + " supplyAsync/runAsync): the HttpClient's sendAsync does the waiting. Found: %s", threads)
                .isEmpty();
    }

    @Test
    @Tag("task:4")
    @Points(1)
    void virtual_thread_downloader_uses_virtual_threads() {
        requireAttempted(Strategy.VIRTUAL);
        List<String> found = LearnerCode.of(VirtualThreadDownloader.class).accesses(
                LearnerCode.to(Executors.class, "newVirtualThreadPerTaskExecutor")
                        .or(LearnerCode.to(Thread.class, "ofVirtual", "startVirtualThread")));
        assertThat(found)
                .as("VirtualThreadDownloader must run its requests on virtual threads:"
                        + " Executors.newVirtualThreadPerTaskExecutor(), Thread.ofVirtual() or"
                        + " Thread.startVirtualThread(...); none of them is called.")
                .isNotEmpty();
    }

    @Test
    @Tag("task:5")
    @Points(2)
    void multiprocess_starts_its_workers_with_process_builder() {
        requireAttempted(Strategy.MULTIPROCESS);
        LearnerCode code = LearnerCode.of(MultiprocessDownloader.class);
        List<String> starts = code.accesses(LearnerCode.to(ProcessBuilder.class, "start", "startPipeline"));
        List<String> exec = code.accesses(LearnerCode.to(Runtime.class, "exec"));
        assertThat(starts)
                .as("MultiprocessDownloader must start its worker JVMs itself, with"
                        + " new ProcessBuilder(JavaCommand.forMain(DownloadWorker.class)).start().")
                .isNotEmpty();
        assertThat(exec)
                .as("Use ProcessBuilder, not Runtime.exec: it lets you redirect and inspect each worker. Found: %s",
                        exec)
                .isEmpty();
    }
}
