package dev.threadlings.kit.sites;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.HttpChannel;
import org.eclipse.jetty.server.Request;

/**
 * Records when each request arrives and when the server begins to answer it.
 *
 * <p>A Jetty listener, {@link #arrivalListener()}, reads the arrival time as soon as Jetty has parsed
 * the request's headers and keeps it in a request attribute. Three more hooks then share one
 * {@link Pending} record through a thread-local, because WireMock calls all of them on the Jetty
 * thread that dispatches the request:
 *
 * <ol>
 *   <li>{@link #filter()}, a servlet filter in front of WireMock's servlet, starts the record with
 *       that arrival time and sets the thread-local;
 *   <li>{@link #listener()}, a WireMock {@link ServeEventListener}, publishes the record just before
 *       WireMock writes an undelayed response (on this same thread, right after the listener);
 *   <li>{@link #delayed(Runnable)} wraps the task that WireMock schedules for a delayed response, so
 *       that the record is published when that task starts to write, after the delay.
 * </ol>
 *
 * <p>A record is thus published (added to the journal) just before the first byte of its response
 * is written, which makes the completion a lower bound of the moment the client sees the response,
 * and makes the record visible to a test as soon as the client has its response.
 */
final class JournalRecorder {

    /** The most requests kept between two resets, so that a server left running does not fill memory. */
    static final int LIMIT = 1_000_000;

    private static final String ARRIVAL = JournalRecorder.class.getName() + ".arrival";

    private final ThreadLocal<Pending> current = new ThreadLocal<>();

    private volatile Generation generation = new Generation();

    /** Returns a snapshot of the requests published since the last {@link #clear()}. */
    RequestJournal snapshot() {
        return RequestJournal.of(generation.requests);
    }

    /** Forgets every request, including those still in flight: they will not be published. */
    void clear() {
        generation = new Generation();
    }

    /**
     * Returns the Jetty listener that reads the arrival time as soon as a request's headers are parsed,
     * before the request waits for a thread; add it as a bean of the connector.
     */
    HttpChannel.Listener arrivalListener() {
        return new HttpChannel.Listener() {
            @Override
            public void onRequestBegin(Request request) {
                request.setAttribute(ARRIVAL, System.nanoTime());
            }
        };
    }

    /** Returns the servlet filter that starts each record; it must support asynchronous requests. */
    Filter filter() {
        return new ArrivalFilter();
    }

    /** Returns the WireMock listener that publishes undelayed responses. */
    ServeEventListener listener() {
        return new ResponseListener();
    }

    /**
     * Wraps a delayed-response task scheduled on the current thread, so that the task publishes
     * its request's record when it starts; tasks scheduled elsewhere are returned as they are.
     */
    Runnable delayed(Runnable task) {
        Pending pending = current.get();
        if (pending == null) {
            return task;
        }
        return () -> {
            pending.publish(System.nanoTime());
            task.run();
        };
    }

    /**
     * The arrival time of the request the current thread dispatches.
     *
     * @return its {@link System#nanoTime()} reading, or now when no request is being dispatched here
     */
    long arrivalOfCurrent() {
        Pending pending = current.get();
        return pending == null ? System.nanoTime() : pending.arrivalNanos;
    }

    /**
     * Records that the site said no to the request the current thread dispatches.
     *
     * @param refusal why
     */
    void refused(Refusal refusal) {
        Pending pending = current.get();
        if (pending != null) {
            pending.refusal = refusal;
        }
    }

    /**
     * Runs {@code then} once the request the current thread dispatches has been answered (or at once, when no
     * request is being dispatched here).
     *
     * @param then what to run
     */
    void whenAnswered(Runnable then) {
        Pending pending = current.get();
        if (pending == null) {
            then.run();
        } else {
            pending.onPublish = then;
        }
    }

    /** The requests recorded between two calls of {@link #clear()}, the latest {@link #LIMIT} of them. */
    private static final class Generation {
        final Queue<ServedRequest> requests = new ConcurrentLinkedQueue<>();
        final AtomicInteger size = new AtomicInteger();

        void add(ServedRequest request) {
            requests.add(request);
            if (size.incrementAndGet() > LIMIT && requests.poll() != null) {
                size.decrementAndGet();
            }
        }
    }

    /** One request between its arrival and its publication. */
    private static final class Pending {
        private final String path;
        private final long arrivalNanos;
        private final Generation generation;
        private final AtomicBoolean published = new AtomicBoolean();
        private volatile int status;
        private volatile Refusal refusal;
        private volatile Runnable onPublish;

        Pending(String path, long arrivalNanos, Generation generation) {
            this.path = path;
            this.arrivalNanos = arrivalNanos;
            this.generation = generation;
        }

        void publish(long completionNanos) {
            if (published.compareAndSet(false, true)) {
                try {
                    generation.add(new ServedRequest(path, arrivalNanos, completionNanos, status, refusal));
                } finally {
                    Runnable then = onPublish;
                    if (then != null) {
                        then.run();
                    }
                }
            }
        }
    }

    private final class ArrivalFilter implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            long arrival = request.getAttribute(ARRIVAL) instanceof Long begin ? begin : System.nanoTime();
            String path = request instanceof HttpServletRequest http ? http.getRequestURI() : "?";
            Pending pending = new Pending(path, arrival, generation);
            current.set(pending);
            try {
                chain.doFilter(request, response);
            } finally {
                current.remove();
                if (!request.isAsyncStarted()) {
                    // Normally already published by the listener; this covers requests that failed
                    // inside WireMock before it answered (then the completion is an upper bound).
                    pending.publish(System.nanoTime());
                }
            }
        }
    }

    private final class ResponseListener implements ServeEventListener {
        @Override
        public String getName() {
            return "threadlings-site-journal";
        }

        @Override
        public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
            Pending pending = current.get();
            if (pending == null) {
                return;
            }
            ResponseDefinition definition = serveEvent.getResponseDefinition();
            pending.status = definition == null || definition.getFault() != null ? 0 : definition.getStatus();
            if (!isDelayed(definition)) {
                pending.publish(System.nanoTime());
            }
        }

        /** Mirrors WireMock's own test for answering asynchronously, after a delay. */
        private static boolean isDelayed(ResponseDefinition definition) {
            if (definition == null) {
                return false;
            }
            Integer fixed = definition.getFixedDelayMilliseconds();
            return (fixed != null && fixed > 0)
                    || definition.getDelayDistribution() != null
                    || definition.getChunkedDribbleDelay() != null;
        }
    }
}
