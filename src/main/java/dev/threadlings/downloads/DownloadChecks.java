package dev.threadlings.downloads;

import dev.threadlings.kit.hygiene.ChildProcesses;
import dev.threadlings.kit.hygiene.KeptReachable;
import dev.threadlings.kit.hygiene.ThreadSnapshot;
import dev.threadlings.kit.junit.Deadline;
import dev.threadlings.kit.measure.IoBound;
import dev.threadlings.kit.measure.Measurement;
import dev.threadlings.kit.measure.Tries;
import dev.threadlings.kit.process.JavaCommand;
import dev.threadlings.kit.sites.Page;
import dev.threadlings.kit.sites.RequestJournal;
import dev.threadlings.kit.sites.SiteServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The checks of exercise 01 that run a strategy and judge what the server and the JVM saw: requests in flight
 * from the server's journal, threads, clients and processes left behind. The learner's checks and the grader's
 * hidden tests apply these same checks, on different pages; the messages come from {@link DownloadMessages}.
 */
public final class DownloadChecks {

    /** How long a thread may take to end after the call returned before it counts as left behind. */
    public static final Duration GRACE = Duration.ofSeconds(2);

    private DownloadChecks() {
    }

    /**
     * What a run with a deadline gave.
     *
     * @param value the strategy's results, or {@code null} when the run was cut
     * @param elapsed the wall time until the results came, or until the cut
     * @param journal the server's journal at that moment
     * @param cut whether the deadline was reached
     * @param startNanos when the run began ({@link System#nanoTime()}), the origin of its timeline
     */
    public record Run(List<Download> value, Duration elapsed, RequestJournal journal, boolean cut, long startNanos) {
    }

    /**
     * Runs learner work with a deadline, so a strategy that is far too slow costs seconds, not minutes. At the
     * deadline the server's pages are removed: every request still to come is answered at once with a 404, so
     * the learner's code runs to its end quickly, on its own, and leaves nothing running into the next test. The
     * evidence gathered until then (the journal, the elapsed time) stays valid.
     *
     * @param work the learner's call
     * @param deadline how long to wait before cutting the run short
     * @param server the server whose pages are removed at the deadline
     * @return the run; an exception the work threw (a stub's TODO included) is rethrown as it is
     */
    public static Run within(Supplier<List<Download>> work, Duration deadline, SiteServer server) {
        long start = System.nanoTime();
        Deadline.Outcome<List<Download>> run = Deadline.run("threadlings-bounded-run", work, deadline);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        RequestJournal journal = server.journal();
        if (run.cut()) {
            server.reset();
            try {
                run.runner().join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Run(run.value(), elapsed, journal, run.cut(), start);
    }

    /**
     * Fetches fresh pages with a strategy, within a deadline, and checks it returned one result per page unless
     * it was cut. The server is reset first, so its journal holds this run only.
     *
     * @param downloader the strategy, warmed up
     * @param name its name, for messages
     * @param server the server
     * @param pages how many pages
     * @param latency each page's latency
     * @param deadline when to cut the run
     * @return the run
     */
    public static Run fetch(SiteDownloader downloader, String name, SiteServer server, int pages, Duration latency,
            Duration deadline) {
        server.reset();
        List<URI> sites = server.servePages("evidence", pages, 512, latency);
        Run run = within(() -> downloader.downloadAll(sites), deadline, server);
        int returned = run.value() == null ? 0 : run.value().size();
        if (!run.cut() && returned != pages) {
            throw new AssertionError(DownloadMessages.wrongCount(name, pages, returned));
        }
        return run;
    }

    /**
     * The server saw exactly {@code expected} requests in flight at its busiest.
     *
     * @param name the strategy, for messages
     * @param run the run
     * @param expected the number in flight it must show
     * @param pages how many pages it fetched
     * @param hint what to try when it does not
     */
    public static void inFlightExactly(String name, Run run, int expected, int pages, String hint) {
        int measured = run.journal().maxInFlight();
        if (measured != expected) {
            throw new AssertionError(DownloadMessages.inFlight(name, "exactly " + expected, measured,
                    pages, hint + "\n" + run.journal().timeline(60)));
        }
    }

    /**
     * A thread pool of {@code workers} kept exactly that many requests in flight at the server's busiest.
     *
     * @param name the strategy, for messages
     * @param run the run
     * @param workers the pool's size
     * @param pages how many pages it fetched
     */
    public static void workersInFlight(String name, Run run, int workers, int pages) {
        inFlightExactly(name, run, workers, pages, run.journal().maxInFlight() < workers
                ? "Are you calling get() on each future before submitting the next task, or is the pool smaller than"
                        + " `workers`?"
                : "Is the pool bigger than `workers`, or are requests started outside the pool?");
    }

    /**
     * The server saw at least {@code atLeast} requests in flight at its busiest.
     *
     * @param name the strategy, for messages
     * @param run the run
     * @param atLeast the fewest in flight it must show
     * @param pages how many pages it fetched
     * @param hint what to try when it does not
     */
    public static void inFlightAtLeast(String name, Run run, int atLeast, int pages, String hint) {
        int measured = run.journal().maxInFlight();
        if (measured < atLeast) {
            throw new AssertionError(DownloadMessages.inFlight(name, "at least " + atLeast, measured,
                    pages, hint + "\n" + run.journal().timeline(60)));
        }
    }

    /**
     * At least 80 % of the pages were in flight together. A busy machine can only spread the starts out (each
     * waits for a core), never bunch them: a strategy that clearly overlaps yet falls short is measured again, up
     * to three times, and its best run counts.
     *
     * @param name the strategy, for messages
     * @param pages how many pages each run fetches
     * @param run one run: the most requests in flight it showed
     * @param hint what to try when it falls short
     */
    public static void mostlyInFlight(String name, int pages, Supplier<Integer> run, String hint) {
        int atLeast = pages * 4 / 5;
        List<Integer> runs = Tries.upTo(run::get, inFlight -> inFlight > pages / 10 && inFlight < atLeast);
        int best = Collections.max(runs);
        if (best < atLeast) {
            throw new AssertionError(DownloadMessages.inFlight(name, "at least " + atLeast + " of " + pages, best,
                    pages, hint) + (runs.size() > 1 ? " (the best of " + runs.size() + " runs: " + runs + ")" : ""));
        }
    }

    /**
     * A multiprocess strategy ran in at least two OS processes at once.
     *
     * @param name the strategy, for messages
     * @param processes how many it was asked for
     * @param work its call
     * @return the run
     */
    @SuppressWarnings("try") // the watch is a scope, closed early to read what it saw
    public static Run inProcesses(String name, int processes, Supplier<Run> work) {
        Run run;
        int seen;
        try (ChildProcesses watch = ChildProcesses.start()) {
            run = work.get();
            watch.close();
            seen = watch.seen();
        }
        if (seen < 2) {
            throw new AssertionError(DownloadMessages.tooFewProcesses(name, processes, seen));
        }
        return run;
    }

    /**
     * One call of a fresh strategy leaves no thread, executor or client running after it returns and is closed.
     * Clients handed to {@link Fetch} stay reachable while the check watches, so a garbage collection cannot end
     * a never-closed client's threads before the check sees them.
     *
     * @param name the strategy, for messages
     * @param fresh makes the strategy from a fresh copy of its classes, so that what a static field keeps from
     *     the class's first use is made during this call
     * @param sites the sites to fetch (include a failing one: the error path must clean up too)
     * @param server the server, whose own threads are not the learner's
     */
    @SuppressWarnings("try") // the watch is a scope: it acts while open
    public static void leavesNoThreads(String name, Supplier<SiteDownloader> fresh, List<URI> sites,
            SiteServer server) {
        ThreadSnapshot before = ThreadSnapshot.take();
        List<String> leaked;
        try (KeptReachable.Scope watching = KeptReachable.watch()) {
            try (SiteDownloader downloader = fresh.get()) {
                downloader.downloadAll(sites);
            }
            leaked = before.leakedSince(
                    t -> server.isServerThread(t) || t.getName().equals(ChildProcesses.WATCHER_THREAD), GRACE);
        }
        if (!leaked.isEmpty()) {
            throw new AssertionError(DownloadMessages.leakedThreads(name, leaked));
        }
    }

    /**
     * No worker process outlives the call; any found are ended.
     *
     * @param name the strategy, for messages
     */
    public static void leavesNoProcesses(String name) {
        ChildProcesses.requireNoneAlive(Duration.ofMillis(500), alive -> DownloadMessages.leakedProcesses(name, alive));
    }

    /**
     * A strategy timed against its bound: the try that counts, the bound asked for just before it, and how many
     * tries it took.
     *
     * @param run the try within its bound, or else the fastest
     * @param bound the bound that try was judged by
     * @param tries how many tries were made
     */
    public record Timing(Run run, IoBound bound, int tries) {

        /**
         * Whether the try that counts is within its bound.
         *
         * @return {@code true} when it is
         */
        public boolean within() {
            return bound.admits(run.elapsed());
        }

        /**
         * The measured time, as a report shows it.
         *
         * @return for example {@code "412 ms"}, or {@code "more than 900 ms (cut short)"}
         */
        public String measured() {
            return run.cut() ? "more than " + run.elapsed().toMillis() + " ms (cut short)"
                    : run.elapsed().toMillis() + " ms";
        }

        /**
         * Fails, in the kit's words, when the try that counts is over its bound.
         *
         * @param name the strategy, for messages
         * @param hint what to try
         */
        public void requireWithin(String name, String hint) {
            if (!within()) {
                throw new AssertionError(DownloadMessages.tooSlow(name, run.elapsed(), bound.explain(), hint)
                        + (run.cut() ? " (The run was stopped at its limit.)" : ""));
            }
        }

        /**
         * The try that counts, for the reports: its time against the bound's limit, its speedup over fetching the
         * pages one after another, and every request as the server saw it.
         *
         * @param name the strategy, as the reports name it
         * @return the measurement
         */
        public Measurement measurement(String name) {
            double millis = run.elapsed().toNanos() / 1e6;
            double oneByOne = bound.pages() * (bound.latency().toNanos() / 1e6);
            List<Measurement.Span> spans = run.journal().requests().stream()
                    .map(r -> new Measurement.Span(r.path(), (r.arrivalNanos() - run.startNanos()) / 1e6,
                            (r.completionNanos() - run.startNanos()) / 1e6, r.path()))
                    .toList();
            return new Measurement(name, millis, bound.limit().toNanos() / 1e6, oneByOne, null, oneByOne / millis,
                    null, null, null, null, Measurement.REQUESTS, List.of(), 0).withTimeline(Measurement.REQUESTS,
                            spans);
        }
    }

    /**
     * Times a warmed-up strategy against its bound: up to {@link Tries#TIMES} tries, each on fresh pages and cut
     * at its bound's limit. Noise only ever adds time, so the best try is the honest one, and a strategy that
     * cannot overlap its requests never gets under its bound: a try that kept one request in flight where the bound
     * assumes several ends the tries at once ({@link IoBound#overlapBeyondLoad}). I/O-bound work mostly waits on
     * the server, but many requests at once also take CPU to send and serve: a bound of many such requests takes
     * its allowance from {@link #fanOutAllowance}, measured beside each try.
     *
     * @param downloader the strategy, warmed up
     * @param name its name, for messages
     * @param server the server
     * @param boundForTry the bound, asked for afresh before each try (a calibrated bound is measured right beside
     *     the run it judges)
     * @return the timing
     */
    public static Timing timed(SiteDownloader downloader, String name, SiteServer server,
            Supplier<IoBound> boundForTry) {
        record Try(Run run, IoBound bound) {
        }
        List<Try> tries = Tries.upTo(() -> {
            IoBound bound = boundForTry.get();
            server.reset();
            List<URI> sites = server.servePages("timed", bound.pages(), 1024, bound.latency());
            Run run = within(() -> downloader.downloadAll(sites), bound.limit().plusMillis(100), server);
            int returned = run.value() == null ? 0 : run.value().size();
            if (!run.cut() && returned != sites.size()) {
                throw new AssertionError(DownloadMessages.wrongCount(name, sites.size(), returned));
            }
            return new Try(run, bound);
        }, attempt -> !attempt.bound().admits(attempt.run().elapsed())
                && !attempt.bound().overlapBeyondLoad(attempt.run().journal().maxInFlight()));
        Try last = tries.getLast();
        Try chosen = last.bound().admits(last.run().elapsed()) ? last
                : tries.stream().min(Comparator.comparing(attempt -> attempt.run().elapsed())).orElseThrow();
        return new Timing(chosen.run(), chosen.bound(), tries.size());
    }

    /**
     * An allowance for a bound with {@code pages} requests in flight at once, measured on this machine and now: that
     * many pages without latency fetched at once by one client, every request sent before any answer is awaited,
     * as a correct async or virtual-thread strategy fetches them. On a free machine that takes tens of milliseconds
     * and the allowance is {@code least}; where serving that many requests at once takes longer (a slow host, or
     * the other core busy: 100 such requests took the reference over 500 ms there), the allowance is 1.5 × that
     * time + 200 ms, so that the bound judges the strategy's waiting, not the machine. A strategy that fetches one
     * page at a time stays far past it: 100 latencies, not one.
     *
     * @param pages how many pages the bound's try fetches at once
     * @param server the server to fetch from
     * @param least the allowance on a free machine
     * @return the allowance
     */
    public static Duration fanOutAllowance(int pages, SiteServer server, Duration least) {
        List<URI> sites = server.servePages("fan-out", pages, 1024, Duration.ZERO);
        long start = System.nanoTime();
        try (HttpClient client = Fetch.newClient()) {
            List<java.util.concurrent.CompletableFuture<?>> answers = new ArrayList<>();
            for (URI site : sites) {
                answers.add(client.sendAsync(Fetch.request(site), java.net.http.HttpResponse.BodyHandlers.discarding())
                        .exceptionally(error -> null));
            }
            java.util.concurrent.CompletableFuture.allOf(answers.toArray(java.util.concurrent.CompletableFuture[]::new))
                    .orTimeout(30, TimeUnit.SECONDS).exceptionally(error -> null).join();
        }
        Duration fanOut = Duration.ofNanos(System.nanoTime() - start);
        Duration measured = allowance(fanOut, 200);
        System.out.printf("%d pages of no latency fetched at once took %d ms just now; allowance the larger of %d ms"
                + " and 1.5 × that + 200 ms%n", pages, fanOut.toMillis(), least.toMillis());
        return measured.compareTo(least) > 0 ? measured : least;
    }

    /**
     * An allowance for a bound with {@code processes} worker JVMs: 1.5 × what starting that many reference workers
     * ({@link #workerStartUp}) took just now + 500 ms, so that only the time the workers spend one after another
     * counts against the strategy.
     *
     * @param processes how many workers the strategy starts
     * @param server the server to fetch from
     * @return the allowance
     */
    public static Duration startUpAllowance(int processes, SiteServer server) {
        Duration startUp = workerStartUp(processes, server);
        System.out.printf("%d reference worker JVMs (start, one request, exit) took %d ms together, just now;"
                + " allowance 1.5 × that + 500 ms%n", processes, startUp.toMillis());
        return allowance(startUp, 500);
    }

    /** What a bound allows for a cost measured on this machine just now: 1.5 × it + a fixed margin. */
    private static Duration allowance(Duration measured, long plusMillis) {
        return measured.multipliedBy(3).dividedBy(2).plusMillis(plusMillis);
    }

    /**
     * Measures, on this machine and now, what the start-up of {@code processes} worker JVMs costs: that many
     * reference probes started together, each making a client, fetching one page and exiting. A hiccup here only
     * loosens a bound, never tightens it.
     *
     * @param processes how many
     * @param server the server to fetch from
     * @return how long they took together
     */
    public static Duration workerStartUp(int processes, SiteServer server) {
        URI page = server.serve(Page.of("/probe", 16, Duration.ZERO));
        long start = System.nanoTime();
        List<Process> probes = new ArrayList<>();
        try {
            for (int i = 0; i < processes; i++) {
                probes.add(new ProcessBuilder(JavaCommand.forMain(WorkerProbe.class, page.toString()))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
            }
            for (Process probe : probes) {
                if (!probe.waitFor(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("a reference worker JVM did not finish in 20 s");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not start a child JVM to calibrate", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calibrating", e);
        } finally {
            probes.forEach(Process::destroyForcibly);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The kit's reference worker start-up: a JVM that makes a client, fetches one page and exits. */
    public static final class WorkerProbe {

        private WorkerProbe() {
        }

        /**
         * Fetches the page named by the first argument, then exits.
         *
         * @param args the page's URI
         */
        public static void main(String[] args) {
            try (HttpClient client = Fetch.newClient()) {
                Fetch.one(client, URI.create(args[0]));
            }
        }
    }

    /**
     * One call asked the server for every site as often as it was given: no page kept from an earlier call, no
     * duplicate fetched once. The journal is read once every site has been requested as often as asked, or after
     * a second: a request the client gave up on is recorded when the server gets to answer it, which a busy
     * machine may delay.
     *
     * @param name the strategy, for messages
     * @param call which call this was (1 for the first)
     * @param sites the sites it was given
     * @param before the server's journal just before the call
     * @param server the server
     */
    public static void requestedEveryTime(String name, int call, List<URI> sites, RequestJournal before,
            SiteServer server) {
        long deadline = System.nanoTime() + 1_000_000_000L;
        RequestJournal after = server.journal();
        while (missing(sites, before, after) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            after = server.journal();
        }
        for (URI site : new LinkedHashSet<>(sites)) {
            int asked = Collections.frequency(sites, site);
            int requested = after.count(site.getPath()) - before.count(site.getPath());
            if (requested != asked) {
                throw new AssertionError(DownloadMessages.notRequestedEveryTime(name, call, site, asked, requested));
            }
        }
    }

    private static boolean missing(List<URI> sites, RequestJournal before, RequestJournal after) {
        return sites.stream().anyMatch(site -> after.count(site.getPath()) - before.count(site.getPath())
                < Collections.frequency(sites, site));
    }
}
