package dev.threadlings.kit.sites;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.http.ThreadPoolFactory;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import com.github.tomakehurst.wiremock.servlet.WireMockHandlerDispatchingServlet;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * Builds WireMock's Jetty server so that every thread it uses is named and known, and every request
 * passes the journal's hooks.
 *
 * <p>WireMock's own Jetty server leaves three kinds of threads to defaults: its pool (replaced here
 * through WireMock's {@link ThreadPoolFactory}, with as many threads at least as at most, so none
 * appear later), the connector's timer for idle timeouts (Jetty creates one lazily, named
 * {@code Connector-Scheduler-…}; here a bean of the server supplies it) and the scheduler of
 * delayed responses (WireMock creates it with {@code Executors.newScheduledThreadPool}, threads
 * named {@code pool-N-thread-M}; here it is swapped for {@link DelayScheduler} before the servlet
 * reads it). All three use {@link ServerThreads} factories, and all their threads start with the
 * server.
 */
final class SiteJetty {

    private static final long POOL_IDLE_TIMEOUT_MILLIS = 60_000;

    private final ServerThreads threads;
    private final JournalRecorder recorder;
    private final DelayScheduler delayScheduler;
    private final ScheduledThreadPoolExecutor timer;

    SiteJetty(ServerThreads threads, JournalRecorder recorder, int delayThreads) {
        this.threads = threads;
        this.recorder = recorder;
        this.delayScheduler = new DelayScheduler(delayThreads, threads.factory("delay"), recorder);
        this.timer = new ScheduledThreadPoolExecutor(1, threads.factory("timer"));
        this.timer.setRemoveOnCancelPolicy(true);
        this.timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.timer.prestartAllCoreThreads();
    }

    /** Returns the factory of Jetty's pool: {@code containerThreads} threads, all started at once. */
    ThreadPoolFactory threadPoolFactory() {
        return options -> {
            int size = options.containerThreads();
            return new QueuedThreadPool(size, size, (int) POOL_IDLE_TIMEOUT_MILLIS, -1, null, null,
                    threads.factory("http"));
        };
    }

    /** Returns the factory of WireMock's HTTP server. */
    HttpServerFactory httpServerFactory() {
        return SiteHttpServer::new;
    }

    /** Stops the schedulers now, dropping delayed responses not yet sent; Jetty stops its pool. */
    void shutdownNow() {
        delayScheduler.shutdownNow();
        timer.shutdownNow();
    }

    /**
     * WireMock's Jetty 11 server with named threads and the journal's hooks.
     *
     * <p>An inner class on purpose: the superclass constructor calls the overridden hooks before
     * this class's own fields would be set, but the enclosing instance is already available.
     */
    private final class SiteHttpServer extends Jetty11HttpServer {

        SiteHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
            super(options, admin, stubs);
        }

        @Override
        protected void applyAdditionalServerConfiguration(Server server, Options options) {
            super.applyAdditionalServerConfiguration(server, options);
            httpConnector.addBean(recorder.arrivalListener()); // the connector's channels call its beans
        }

        @Override
        protected Server createServer(Options options) {
            Server server = super.createServer(options);
            // The connectors, created right after this, take the server's Scheduler bean if it has one.
            server.addBean(new ScheduledExecutorScheduler(timer));
            return server;
        }

        @Override
        protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
            ScheduledExecutorService wireMocksOwn = scheduledExecutorService;
            if (wireMocksOwn != null) {
                wireMocksOwn.shutdownNow(); // it has not started a thread yet
            }
            scheduledExecutorService = delayScheduler; // so that stop() shuts ours down
            context.setAttribute(WireMockHandlerDispatchingServlet.ASYNCHRONOUS_RESPONSE_EXECUTOR, delayScheduler);

            FilterHolder journal = new FilterHolder(recorder.filter());
            journal.setName("threadlings-journal");
            journal.setAsyncSupported(true); // otherwise WireMock falls back to sleeping on a Jetty thread
            context.addFilter(journal, "/*", EnumSet.of(DispatcherType.REQUEST));
        }
    }

    /** The scheduler of delayed responses: named threads, all started, tasks wrapped by the journal. */
    static final class DelayScheduler extends ScheduledThreadPoolExecutor {

        private final JournalRecorder recorder;

        DelayScheduler(int threads, ThreadFactory factory, JournalRecorder recorder) {
            super(threads, factory);
            this.recorder = recorder;
            setRemoveOnCancelPolicy(true);
            setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            prestartAllCoreThreads();
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            return super.schedule(recorder.delayed(command), delay, unit);
        }
    }
}
