package dev.threadlings.hidden.crawling;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import dev.threadlings.crawling.BoundedCrawler;
import dev.threadlings.crawling.Crawler;
import dev.threadlings.crawling.MultiprocessCrawler;
import dev.threadlings.crawling.RateLimitedCrawler;
import dev.threadlings.crawling.TokenBucket;
import dev.threadlings.crawling.Visit;
import dev.threadlings.crawling.WindowedAsyncCrawler;
import dev.threadlings.kit.code.LearnerCode;
import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.sites.Limits;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The shape each crawler must have, read from its byte code (method references and lambdas included).
 *
 * <p>Each test first crawls a page nobody answers, so a stub still on its TODO counts as "not attempted".
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Tag("architecture")
class ArchitectureTest {

    private static final URI NOBODY = URI.create("http://127.0.0.1:9/nobody");

    private static void requireAttempted(Strategy strategy) {
        LearnerCode.requireAttempted(() -> {
            try (Crawler crawler = strategy.create(Limits.of(2, 50, 3, 10))) {
                crawler.crawl(NOBODY, 0);
            }
        });
    }

    @Test
    @Tag("task:2")
    @Points(2)
    void bounded_uses_a_semaphore_and_virtual_threads() {
        requireAttempted(Strategy.BOUNDED);
        LearnerCode code = LearnerCode.of(BoundedCrawler.class);
        List<String> permits = code.accesses(LearnerCode.to(Semaphore.class, "acquire", "acquireUninterruptibly",
                "tryAcquire"));
        List<String> virtual = code.accesses(LearnerCode.to(Executors.class, "newVirtualThreadPerTaskExecutor")
                .or(LearnerCode.to(Thread.class, "ofVirtual", "startVirtualThread")));
        assertThat(permits).as("BoundedCrawler keeps its bound with a Semaphore of maxInFlight permits, taken"
                + " before each request; none is taken.").isNotEmpty();
        assertThat(virtual).as("BoundedCrawler runs one virtual thread per page: Executors"
                + ".newVirtualThreadPerTaskExecutor(), Thread.ofVirtual() or Thread.startVirtualThread(...); none is"
                + " used.").isNotEmpty();
    }

    @Test
    @Tag("task:3")
    @Points(2)
    void rate_limited_takes_a_token_before_each_request() {
        requireAttempted(Strategy.RATE_LIMITED);
        List<String> tokens = LearnerCode.of(RateLimitedCrawler.class)
                .accesses(LearnerCode.to(TokenBucket.class, "acquire"));
        assertThat(tokens).as("RateLimitedCrawler takes a token from its TokenBucket before each request;"
                + " TokenBucket.acquire() is never called.").isNotEmpty();
    }

    @Test
    @Tag("task:5")
    @Points(3)
    void windowed_async_never_blocks_on_a_request_and_starts_no_threads() {
        requireAttempted(Strategy.WINDOWED);
        Predicate<JavaAccess<?>> blocking = LearnerCode.to(Future.class, "get")
                .or(LearnerCode.to(HttpClient.class, "send"))
                .or(LearnerCode.to(Visit.class, "one"))
                .or(LearnerCode.to(CountDownLatch.class, "await"))
                .or(LearnerCode.to(Semaphore.class, "acquire", "acquireUninterruptibly"))
                .or(LearnerCode.to(LockSupport.class))
                .or(LearnerCode.to(Object.class, "wait"))
                .or(LearnerCode.to(Thread.class, "sleep", "join"));
        Predicate<JavaAccess<?>> ownThreads = LearnerCode.to(Thread.class)
                .or(LearnerCode.to(Executors.class))
                .or(LearnerCode.to(ExecutorService.class, "<init>"))
                .or(LearnerCode.to(CompletableFuture.class, "supplyAsync", "runAsync"));
        LearnerCode code = LearnerCode.of(WindowedAsyncCrawler.class);
        List<String> blocks = code.accesses(blocking);
        List<String> threads = code.accesses(ownThreads.and(blocking.negate()));
        assertThat(blocks).as("WindowedAsyncCrawler must not block on a request: no get(), HttpClient.send,"
                + " Visit.one, semaphores or sleeps. Chain each lane's next page with thenCompose; only the caller"
                + " waits, once a level (join on allOf). Found: %s", blocks).isEmpty();
        assertThat(threads).as("WindowedAsyncCrawler must not start threads or executors of its own: sendAsync"
                + " does the waiting. Found: %s", threads).isEmpty();
    }

    @Test
    @Tag("task:6")
    @Points(2)
    void multiprocess_starts_its_workers_with_process_builder() {
        requireAttempted(Strategy.MULTIPROCESS);
        LearnerCode code = LearnerCode.of(MultiprocessCrawler.class);
        List<String> starts = code.accesses(LearnerCode.to(ProcessBuilder.class, "start", "startPipeline"));
        List<String> exec = code.accesses(LearnerCode.to(Runtime.class, "exec"));
        assertThat(starts).as("MultiprocessCrawler must start its worker JVMs itself, with"
                + " new ProcessBuilder(JavaCommand.forMain(CrawlWorker.class, share)).start().").isNotEmpty();
        assertThat(exec).as("Use ProcessBuilder, not Runtime.exec. Found: %s", exec).isEmpty();
    }
}
