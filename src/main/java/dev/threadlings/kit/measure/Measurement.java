package dev.threadlings.kit.measure;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.TestReporter;

/**
 * What a timed test measured of one strategy, for the reports: its time, what was expected, its speedup
 * and the timeline of its work (which thread or process ran which task when, or which requests were in
 * flight when).
 *
 * <p>A test publishes it as JSON ({@link #toJson()}) in a JUnit report entry under {@link #KEY} ({@link #publish});
 * the grader, and the learner's own {@code ./threadlings check}, read it back and draw the tables, bar charts and
 * timelines of the HTML report from it.
 * Optional figures are {@code null}.
 *
 * @param strategy the strategy as the messages name it, its class and size, for example {@code "Threaded(2)"}
 * @param millis the strategy's time: the median of a speed trial, or the best try against a bound
 * @param expectedMillis the most time the test allowed, or {@code null} where speed is judged by speedup
 * @param baselineMillis the time of the work done one piece after another: the baseline's median, or for
 *     I/O the pages times the latency; {@code null} when unknown
 * @param referenceMillis the kit's reference strategy's median in the same trial, or {@code null}
 * @param speedup baseline over the strategy's time, or {@code null}
 * @param referenceSpeedup baseline over the reference's time, or {@code null}
 * @param expectedSpeedup the least speedup that passed, or {@code null} where none was required
 * @param coresBusy the strategy's CPU time over wall time (children included), or {@code null}
 * @param verdict {@code "pass"}, {@code "fail"} or {@code "inconclusive"} for a speed verdict, else {@code null}
 * @param timeline {@link #THREADS} (spans are kernel calls in lanes of threads) or {@link #REQUESTS} (spans
 *     are requests as the server saw them)
 * @param spans the timeline's spans, at most {@link #MAX_SPANS}
 * @param spansLeftOut how many more spans there were
 */
public record Measurement(String strategy, double millis, Double expectedMillis, Double baselineMillis,
        Double referenceMillis, Double speedup, Double referenceSpeedup, Double expectedSpeedup, Double coresBusy,
        String verdict, String timeline, List<Span> spans, int spansLeftOut) {

    /** The report entry key the grader reads. */
    public static final String KEY = "threadlings.measurement";

    /** A timeline of kernel calls, one lane per thread. */
    public static final String THREADS = "threads";

    /** A timeline of requests as the server saw them. */
    public static final String REQUESTS = "requests";

    /** The most spans one measurement carries: enough to see a pattern, few enough for a report page. */
    public static final int MAX_SPANS = 400;

    /**
     * One piece of work on the timeline.
     *
     * @param lane where it ran: a thread (with its process when there are several), or for requests the path
     * @param startMillis when it began, from the start of the timed run
     * @param endMillis when it ended, from the start of the timed run
     * @param label what it was, for example {@code "fib(40)"}
     */
    public record Span(String lane, double startMillis, double endMillis, String label) {

        /** Checks the fields. */
        public Span {
            Objects.requireNonNull(lane, "lane");
            Objects.requireNonNull(label, "label");
        }
    }

    /** Copies the spans and checks the names. */
    public Measurement {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(timeline, "timeline");
        spans = spans == null ? List.of() : List.copyOf(spans);
    }

    /**
     * The speed figures of a trial, with no timeline yet.
     *
     * @param strategy the learner's strategy as messages name it
     * @param comparison what the trial measured
     * @param verdict the verdict, or {@code null} when the test judges otherwise
     * @return the measurement
     */
    public static Measurement of(String strategy, Comparison comparison, SpeedVerdict verdict) {
        return new Measurement(strategy, comparison.learnerMillis(), null, comparison.baselineMillis(),
                comparison.referenceMillis(), comparison.learnerSpeedup(), comparison.referenceSpeedup(),
                verdict == null || Double.isNaN(verdict.expectedSpeedup()) ? null : verdict.expectedSpeedup(),
                comparison.learnerCores(), verdict == null ? null : verdict.outcome().name().toLowerCase(Locale.ROOT),
                THREADS, List.of(), 0);
    }

    /**
     * The same measurement with a timeline; spans past {@link #MAX_SPANS} are counted, not kept.
     *
     * @param kind {@link #THREADS} or {@link #REQUESTS}
     * @param all the spans, in any order
     * @return the measurement with the first {@link #MAX_SPANS} spans by start time
     */
    public Measurement withTimeline(String kind, List<Span> all) {
        List<Span> sorted = all.stream().sorted(java.util.Comparator.comparingDouble(Span::startMillis)).toList();
        List<Span> kept = sorted.size() > MAX_SPANS ? sorted.subList(0, MAX_SPANS) : sorted;
        return new Measurement(strategy, millis, expectedMillis, baselineMillis, referenceMillis, speedup,
                referenceSpeedup, expectedSpeedup, coresBusy, verdict, kind, kept, sorted.size() - kept.size());
    }

    /**
     * Publishes the measurement as the report entry {@value #KEY}, which the grader's reports and the learner's
     * {@code ./threadlings check} draw from.
     *
     * @param reporter the running test's reporter
     */
    public void publish(TestReporter reporter) {
        reporter.publishEntry(KEY, toJson());
    }

    /**
     * The measurement as one line of JSON, with {@code null} for missing figures.
     *
     * @return the JSON object
     */
    public String toJson() {
        StringBuilder json = new StringBuilder(256 + spans.size() * 64);
        json.append("{\"strategy\":").append(string(strategy))
                .append(",\"millis\":").append(number(millis))
                .append(",\"expectedMillis\":").append(number(expectedMillis))
                .append(",\"baselineMillis\":").append(number(baselineMillis))
                .append(",\"referenceMillis\":").append(number(referenceMillis))
                .append(",\"speedup\":").append(number(speedup))
                .append(",\"referenceSpeedup\":").append(number(referenceSpeedup))
                .append(",\"expectedSpeedup\":").append(number(expectedSpeedup))
                .append(",\"coresBusy\":").append(number(coresBusy))
                .append(",\"verdict\":").append(verdict == null ? "null" : string(verdict))
                .append(",\"timeline\":").append(string(timeline))
                .append(",\"spans\":[");
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            json.append(i == 0 ? "" : ",").append("{\"lane\":").append(string(span.lane()))
                    .append(",\"startMillis\":").append(number(span.startMillis()))
                    .append(",\"endMillis\":").append(number(span.endMillis()))
                    .append(",\"label\":").append(string(span.label())).append('}');
        }
        return json.append("],\"spansLeftOut\":").append(spansLeftOut).append('}').toString();
    }

    private static String number(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "null";
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
