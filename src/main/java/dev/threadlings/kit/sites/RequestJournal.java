package dev.threadlings.kit.sites;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An immutable snapshot of the requests a {@link SiteServer} has served, the evidence of concurrency.
 *
 * <p>Each request was in flight during the half-open interval
 * {@code [arrivalNanos, completionNanos)} of its {@link ServedRequest}, so a request that completes
 * at the very instant another arrives does not overlap it. {@link #maxInFlight()} is therefore
 * exactly 1 for a client that sends each request only after the previous response arrived, and
 * exactly {@code k} for {@code k} threads that each do so.
 */
public final class RequestJournal {

    /** The most rows {@link #timeline(int)} draws one request per row; above it, it summarises. */
    public static final int MAX_TIMELINE_ROWS = 40;

    private static final int LEVEL_ROWS = 8;
    private static final int MAX_LABEL = 28;

    private final List<ServedRequest> requests;

    private RequestJournal(List<ServedRequest> sortedRequests) {
        this.requests = sortedRequests;
    }

    /**
     * Returns a journal of the given requests, for example to test a failure message.
     *
     * @param requests the requests, in any order
     * @return the journal, with the requests sorted by arrival
     */
    public static RequestJournal of(Collection<ServedRequest> requests) {
        List<ServedRequest> sorted = new ArrayList<>(requests);
        sorted.sort(Comparator.comparingLong(ServedRequest::arrivalNanos)
                .thenComparingLong(ServedRequest::completionNanos));
        return new RequestJournal(List.copyOf(sorted));
    }

    /**
     * Returns the requests, sorted by arrival.
     *
     * @return an unmodifiable list
     */
    public List<ServedRequest> requests() {
        return requests;
    }

    /**
     * Returns how many requests were served.
     *
     * @return the number of requests
     */
    public int count() {
        return requests.size();
    }

    /**
     * Returns how many requests were served for one path.
     *
     * @param path the path, for example {@code /pages/3}
     * @return the number of requests for that path
     */
    public int count(String path) {
        int n = 0;
        for (ServedRequest request : requests) {
            if (request.path().equals(path)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Returns the most requests that were in flight at one instant.
     *
     * @return the maximum overlap of the half-open intervals, 0 when empty
     */
    public int maxInFlight() {
        int level = 0;
        int max = 0;
        for (Event event : events()) {
            level += event.delta();
            max = Math.max(max, level);
        }
        return max;
    }

    /**
     * Returns how many requests the site said no to for one reason (a server with {@link Limits}).
     *
     * @param refusal the reason
     * @return how many requests were refused for it
     */
    public int count(Refusal refusal) {
        int n = 0;
        for (ServedRequest request : requests) {
            if (request.refusal() == refusal) {
                n++;
            }
        }
        return n;
    }

    /**
     * Returns the requests the site answered (those it did not refuse for its {@link Limits}), as a journal.
     *
     * @return a journal of the answered requests
     */
    public RequestJournal answered() {
        return new RequestJournal(requests.stream().filter(r -> !r.refused()).toList());
    }

    /**
     * Returns the most requests that arrived within any window of the given length, for a rate: a site that
     * allows R requests a second with a burst of B sees at most R + B arrivals in any one second from a
     * polite client.
     *
     * @param window the window's length, above zero
     * @return the most arrivals in a half-open window {@code [t, t + window)}, 0 when empty
     */
    public int maxArrivalsWithin(Duration window) {
        long length = window.toNanos();
        if (length <= 0) {
            throw new IllegalArgumentException("a window must be longer than zero, got: " + window);
        }
        int max = 0;
        int first = 0;
        for (int last = 0; last < requests.size(); last++) {
            while (requests.get(last).arrivalNanos() - requests.get(first).arrivalNanos() >= length) {
                first++;
            }
            max = Math.max(max, last - first + 1);
        }
        return max;
    }

    /**
     * Returns the time from the first arrival to the last completion.
     *
     * @return the span, {@link Duration#ZERO} when empty
     */
    public Duration span() {
        if (requests.isEmpty()) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(lastCompletion() - requests.get(0).arrivalNanos());
    }

    /**
     * Returns an ASCII picture of when the requests were in flight, for failure messages and reports.
     *
     * <p>Up to {@value #MAX_TIMELINE_ROWS} requests are drawn one per row, in order of arrival, as a
     * bar of {@code #} over a time axis {@code width} columns wide, a refused one followed by the status
     * the site answered. More requests are summarised as a chart of how many were in flight in each column.
     *
     * @param width the number of columns of the time axis, at least 10 (smaller values are raised)
     * @return the picture, several lines separated by {@code \n}, without a final line break
     */
    public String timeline(int width) {
        int columns = Math.max(10, width);
        StringBuilder out = new StringBuilder(summary());
        if (requests.isEmpty()) {
            return out.toString();
        }
        long start = requests.get(0).arrivalNanos();
        long span = Math.max(1, lastCompletion() - start);
        out.append(String.format(Locale.ROOT, " (1 column = %s)", millis(span / (double) columns)));
        if (requests.size() <= MAX_TIMELINE_ROWS) {
            drawRequests(out, columns, start, span);
        } else {
            drawLevels(out, columns, start, span);
        }
        return out.toString();
    }

    /**
     * Returns a one-line summary: the number of requests, the most in flight and the span.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return summary();
    }

    private String summary() {
        if (requests.isEmpty()) {
            return "no requests";
        }
        StringBuilder refusals = new StringBuilder();
        for (Refusal refusal : Refusal.values()) {
            int n = count(refusal);
            if (n > 0) {
                refusals.append(refusals.isEmpty() ? "; refused: " : ", ").append(n).append(" × ")
                        .append(refusal.status()).append(" (").append(refusal.meaning()).append(')');
            }
        }
        return String.format(Locale.ROOT, "%d request%s, at most %d in flight, over %s%s",
                requests.size(), requests.size() == 1 ? "" : "s", maxInFlight(),
                millis(span().toNanos()), refusals);
    }

    private void drawRequests(StringBuilder out, int columns, long start, long span) {
        int labelWidth = 0;
        for (ServedRequest request : requests) {
            labelWidth = Math.max(labelWidth, label(request.path()).length());
        }
        for (ServedRequest request : requests) {
            int from = (int) ((request.arrivalNanos() - start) * columns / span);
            int to = (int) ceilDiv((request.completionNanos() - start) * columns, span);
            from = Math.min(from, columns - 1);
            to = Math.min(columns, Math.max(to, from + 1));
            char[] bar = new char[columns];
            Arrays.fill(bar, ' ');
            Arrays.fill(bar, from, to, '#');
            out.append('\n')
                    .append(String.format(Locale.ROOT, "%-" + labelWidth + "s", label(request.path())))
                    .append(" |").append(bar).append("| ")
                    .append(millis(request.duration().toNanos()))
                    .append(request.refused() ? " " + request.status() : "");
        }
    }

    private void drawLevels(StringBuilder out, int columns, long start, long span) {
        int[] perColumn = new int[columns];
        List<Event> events = events();
        int level = 0;
        int next = 0;
        for (int column = 0; column < columns; column++) {
            boolean last = column == columns - 1;
            long end = start + span * (column + 1) / columns;
            int max = level;
            while (next < events.size() && (last || events.get(next).time() - end < 0)) {
                level += events.get(next++).delta();
                max = Math.max(max, level);
            }
            perColumn[column] = max;
        }
        int max = maxInFlight();
        int rows = Math.min(max, LEVEL_ROWS);
        int labelWidth = Integer.toString(max).length();
        out.append("\nrequests in flight (the most in each column):");
        for (int row = rows; row >= 1; row--) {
            int threshold = (int) ceilDiv((long) max * row, rows);
            char[] bar = new char[columns];
            for (int column = 0; column < columns; column++) {
                bar[column] = perColumn[column] >= threshold ? '#' : ' ';
            }
            out.append('\n')
                    .append(String.format(Locale.ROOT, "%" + labelWidth + "d", threshold))
                    .append(" |").append(bar).append('|');
        }
        out.append('\n').append(" ".repeat(labelWidth)).append(" +").append("-".repeat(columns)).append('+');
    }

    /** Returns every arrival (+1) and completion (-1), in time order, completions first on a tie. */
    private List<Event> events() {
        List<Event> events = new ArrayList<>(requests.size() * 2);
        for (ServedRequest request : requests) {
            events.add(new Event(request.arrivalNanos(), +1));
            events.add(new Event(request.completionNanos(), -1));
        }
        // Half-open intervals: a request completing at the instant another arrives does not overlap it.
        events.sort(Comparator.comparingLong(Event::time).thenComparingInt(Event::delta));
        return events;
    }

    private long lastCompletion() {
        long last = Long.MIN_VALUE;
        for (ServedRequest request : requests) {
            last = Math.max(last, request.completionNanos());
        }
        return last;
    }

    private static String label(String path) {
        return path.length() <= MAX_LABEL ? path : "..." + path.substring(path.length() - (MAX_LABEL - 3));
    }

    private static String millis(double nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1_000_000.0);
    }

    private static long ceilDiv(long x, long y) {
        return -Math.floorDiv(-x, y);
    }

    private record Event(long time, int delta) {}
}
