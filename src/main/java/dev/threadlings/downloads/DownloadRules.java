package dev.threadlings.downloads;

import com.tngtech.archunit.core.domain.JavaAccess;
import dev.threadlings.kit.code.LearnerCode;
import java.net.http.HttpClient;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.stream.BaseStream;

/**
 * The shape each strategy of exercise 01 must have, read from its byte code (nested classes, lambdas and method
 * references included). The learner's architecture checks and the grader's hidden ones apply these same rules:
 * the rules are no secret. Each throws an {@link AssertionError} that says what it found, and where.
 */
public final class DownloadRules {

    private DownloadRules() {
    }

    /**
     * The baseline fetches one page after another on the calling thread.
     *
     * @param sequential the learner's {@code SequentialDownloader}
     */
    public static void sequentialUsesNoConcurrency(Class<?> sequential) {
        List<String> found = LearnerCode.of(sequential).accesses(LearnerCode.toPackage("java.util.concurrent")
                .or(LearnerCode.to(Thread.class))
                .or(LearnerCode.to(Collection.class, "parallelStream"))
                .or(LearnerCode.to(BaseStream.class, "parallel"))
                .or(LearnerCode.to(HttpClient.class, "sendAsync"))
                .or(LearnerCode.to(Fetch.class, "oneAsync")));
        require(found.isEmpty(), "SequentialDownloader is the baseline every other strategy is compared with: it must"
                + " fetch one page after another on the calling thread, with no threads, executors, futures or"
                + " parallel streams. Found: " + found);
    }

    /**
     * The async strategy never blocks while its requests are in flight, and starts no threads of its own.
     *
     * @param async the learner's {@code AsyncDownloader}
     */
    public static void asyncNeverBlocks(Class<?> async) {
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
                .or(LearnerCode.to(ExecutorService.class, "<init>"))
                .or(LearnerCode.to(CompletableFuture.class, "supplyAsync", "runAsync"));
        LearnerCode code = LearnerCode.of(async);
        List<String> blocks = code.accesses(blocking);
        require(blocks.isEmpty(), "AsyncDownloader must never block while its requests are in flight: no join(),"
                + " get(), HttpClient.send or Fetch.one (method references count too). Combine the futures with"
                + " CompletableFuture.allOf(...).thenApply(...) and return; AsyncSiteDownloader.downloadAll waits"
                + " once, outside your code. Found: " + blocks);
        List<String> threads = code.accesses(ownThreads.and(blocking.negate()));
        require(threads.isEmpty(), "AsyncDownloader must not start threads or executors of its own (or borrow a"
                + " pool with supplyAsync/runAsync): the HttpClient's sendAsync does the waiting. Found: " + threads);
    }

    /**
     * The virtual-thread strategy runs its requests on virtual threads.
     *
     * @param virtual the learner's {@code VirtualThreadDownloader}
     */
    public static void virtualUsesVirtualThreads(Class<?> virtual) {
        List<String> found = LearnerCode.of(virtual).accesses(
                LearnerCode.to(Executors.class, "newVirtualThreadPerTaskExecutor")
                        .or(LearnerCode.to(Thread.class, "ofVirtual", "startVirtualThread")));
        require(!found.isEmpty(), "VirtualThreadDownloader must run its requests on virtual threads:"
                + " Executors.newVirtualThreadPerTaskExecutor(), Thread.ofVirtual() or"
                + " Thread.startVirtualThread(...); none of them is called.");
    }

    /**
     * The multiprocess strategy starts its worker JVMs itself, with a {@link ProcessBuilder}.
     *
     * @param multiprocess the learner's {@code MultiprocessDownloader}
     */
    public static void multiprocessStartsProcesses(Class<?> multiprocess) {
        LearnerCode code = LearnerCode.of(multiprocess);
        List<String> starts = code.accesses(LearnerCode.to(ProcessBuilder.class, "start", "startPipeline"));
        require(!starts.isEmpty(), "MultiprocessDownloader must start its worker JVMs itself, with"
                + " new ProcessBuilder(JavaCommand.forMain(DownloadWorker.class)).start().");
        List<String> exec = code.accesses(LearnerCode.to(Runtime.class, "exec"));
        require(exec.isEmpty(), "Use ProcessBuilder, not Runtime.exec: it lets you redirect and inspect each"
                + " worker. Found: " + exec);
    }

    private static void require(boolean holds, String message) {
        if (!holds) {
            throw new AssertionError(message);
        }
    }
}
