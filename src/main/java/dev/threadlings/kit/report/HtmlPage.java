package dev.threadlings.kit.report;

import dev.threadlings.kit.measure.Measurement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws {@code report.html}: one self-contained page (no script, no network) that shows, per exercise, a
 * table of the strategies with points, measured time, what was expected and speedup; a bar chart of the
 * speedups beside the reference's; and each strategy's timeline — which thread or process ran which task
 * when, or how many requests were in flight — the pictures of what "concurrent" and "parallel" looked
 * like in the learner's own run. Then every test with its message. The grader's grading and the learner's
 * practice checks draw the same page, each from its own {@link ReportPage}.
 */
public final class HtmlPage {

    /** The file name. */
    public static final String FILE_NAME = "report.html";

    private static final int CHART_WIDTH = 760;
    private static final int LABEL_WIDTH = 230;
    private static final String PASS = "#2e7d32";
    private static final String FAIL = "#c62828";
    private static final String INCONCLUSIVE = "#9e9d24";
    private static final String REFERENCE = "#9e9e9e";

    private HtmlPage() {
    }

    /**
     * Renders the page.
     *
     * @param page what the page shows
     * @return the HTML document
     */
    public static String render(ReportPage page) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(page.title())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>Threadlings report</h1>\n<p class=\"total\">").append(escape(page.heading()))
                .append("</p>\n<p class=\"machine\">")
                .append(String.join("<br>", page.about().stream().map(HtmlPage::escape).toList())).append("</p>\n");
        for (String concern : page.concerns()) {
            html.append("<p class=\"concern\">Timing: ").append(escape(concern))
                    .append(" Speed tests that could not show parallelism are inconclusive and lose no points.</p>\n");
        }
        if (page.problem() != null) {
            html.append("<p class=\"problem\">").append(escape(page.problem())).append("</p>\n");
        }
        for (ReportPage.Section section : page.sections()) {
            section(html, section);
        }
        html.append("<footer>").append(escape(page.footer())).append("</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    /** What the charts mean, for a page's footer. */
    public static final String FOOTER = "Speedup: how many times faster than the same work done one piece after"
            + " another (the baseline). Grey bars: the kit's reference strategy, measured in the same run. Timelines"
            + " show the last timed run: one lane per thread or process, one bar per kernel call; for downloads, the"
            + " requests as the server saw them and how many were in flight.";

    private static void section(StringBuilder html, ReportPage.Section section) {
        html.append("<section id=\"").append(escape(section.id())).append("\">\n<h2>").append(escape(section.heading()))
                .append("</h2>\n");
        if (section.problem() != null) {
            html.append("<p class=\"problem\">").append(escape(section.problem())).append("</p>\n");
        }
        section.notes().forEach(n -> html.append("<p class=\"note\">").append(escape(n)).append("</p>\n"));
        List<Row> measured = section.rows().stream()
                .flatMap(t -> t.measurements().stream().map(m -> new Row(m, t))).toList();
        if (!measured.isEmpty()) {
            strategies(html, measured);
            speedupChart(html, measured);
            html.append("<h3>Timelines</h3>\n");
            measured.forEach(row -> timeline(html, row.m(), row.t()));
        }
        tests(html, section);
        html.append("</section>\n");
    }

    /** A measurement with the test that took it. */
    private record Row(Measurement m, ReportPage.Row t) {
    }

    private static void strategies(StringBuilder html, List<Row> measured) {
        html.append("<h3>Strategies</h3>\n<table class=\"strategies\">\n<tr><th>strategy</th><th>points</th><th>time</th>"
                + "<th>expected</th><th>speedup</th><th>reference</th><th>cores busy</th><th>verdict</th></tr>\n");
        for (Row row : measured) {
            Measurement m = row.m();
            ReportPage.Row t = row.t();
            html.append("<tr><td>").append(escape(m.strategy())).append("</td><td>")
                    .append(escape(t.points())).append("</td><td>").append(millis(m.millis())).append("</td><td>").append(expected(m))
                    .append("</td><td>").append(times(m.speedup())).append("</td><td>")
                    .append(times(m.referenceSpeedup())).append("</td><td>")
                    .append(m.coresBusy() == null ? "" : String.format(Locale.ROOT, "%.2f", m.coresBusy()))
                    .append("</td><td class=\"").append(verdictClass(m, t)).append("\">")
                    .append(escape(verdict(m, t))).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static String expected(Measurement m) {
        List<String> parts = new ArrayList<>();
        if (m.expectedMillis() != null) {
            parts.add("≤ " + millis(m.expectedMillis()));
        }
        if (m.expectedSpeedup() != null) {
            parts.add("≥ " + times(m.expectedSpeedup()));
        }
        return String.join(", ", parts);
    }

    private static String verdict(Measurement m, ReportPage.Row t) {
        if (m.verdict() != null) {
            return m.verdict();
        }
        return t.passed() ? "pass" : t.status();
    }

    private static String verdictClass(Measurement m, ReportPage.Row t) {
        String verdict = verdict(m, t);
        return verdict.equals("pass") ? "pass" : verdict.equals("inconclusive") ? "inconclusive" : "fail";
    }

    private static String color(Measurement m, ReportPage.Row t) {
        return switch (verdictClass(m, t)) {
            case "pass" -> PASS;
            case "inconclusive" -> INCONCLUSIVE;
            default -> FAIL;
        };
    }

    /** Horizontal bars: each strategy's speedup, the reference's beneath it, and a mark at what was expected. */
    private static void speedupChart(StringBuilder html, List<Row> measured) {
        List<Row> rows = measured.stream().filter(r -> r.m().speedup() != null).toList();
        if (rows.isEmpty()) {
            return;
        }
        double max = 1;
        for (Row row : rows) {
            Measurement m = row.m();
            max = Math.max(max, Math.max(m.speedup(), m.referenceSpeedup() == null ? 0 : m.referenceSpeedup()));
            max = Math.max(max, m.expectedSpeedup() == null ? 0 : m.expectedSpeedup());
        }
        double step = tickStep(max);
        max = Math.ceil(max / step) * step;
        int rowHeight = 34;
        int plot = CHART_WIDTH - LABEL_WIDTH - 60;
        int height = rows.size() * rowHeight + 30;
        html.append("<h3>Speedup</h3>\n<svg class=\"chart\" role=\"img\" aria-label=\"speedup per strategy\" width=\"")
                .append(CHART_WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(CHART_WIDTH).append(' ').append(height).append("\">\n");
        for (double tick = 0; tick <= max + 1e-9; tick += step) {
            double x = LABEL_WIDTH + plot * tick / max;
            html.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" class=\"grid\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" class=\"tick\">%s×</text>\n", x, x, height - 18, x, height - 4,
                    step < 1 ? String.format(Locale.ROOT, "%.1f", tick) : String.valueOf(Math.round(tick))));
        }
        for (int i = 0; i < rows.size(); i++) {
            Measurement m = rows.get(i).m();
            int y = i * rowHeight + 4;
            html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\">%s</text>\n",
                    LABEL_WIDTH - 8, y + 14, escape(m.strategy())));
            bar(html, y, plot * m.speedup() / max, 14, color(m, rows.get(i).t()), times(m.speedup()),
                    m.strategy());
            if (m.referenceSpeedup() != null) {
                bar(html, y + 16, plot * m.referenceSpeedup() / max, 8, REFERENCE, times(m.referenceSpeedup()),
                        "the reference");
            }
            if (m.expectedSpeedup() != null) {
                double x = LABEL_WIDTH + plot * m.expectedSpeedup() / max;
                html.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\""
                        + " class=\"expected\"><title>expected at least %s</title></line>\n", x, y - 2, x, y + 26,
                        times(m.expectedSpeedup())));
            }
        }
        html.append("</svg>\n");
    }

    /** A step of 0.5, 1, 2, 5, 10, 20, 50... that gives at most about eight ticks up to {@code max}. */
    static double tickStep(double max) {
        double step = 0.5;
        int i = 0;
        while (max / step > 8) {
            step *= (i++ % 3 == 2) ? 2.5 : 2;
        }
        return step;
    }

    /** A bar labelled with its value, titled "value whose" (for example "1.86× the reference"). */
    private static void bar(StringBuilder html, int y, double width, int height, String color, String value,
            String whose) {
        html.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                + "<title>%s</title></rect><text x=\"%.1f\" y=\"%d\" class=\"value\">%s</text>\n", LABEL_WIDTH, y,
                Math.max(1, width), height, color, escape(value + " " + whose), LABEL_WIDTH + Math.max(1, width) + 4,
                y + height - 2, escape(value)));
    }

    private static void timeline(StringBuilder html, Measurement m, ReportPage.Row t) {
        if (m.spans().isEmpty()) {
            return;
        }
        html.append("<h4>").append(escape(m.strategy()))
                .append(Measurement.REQUESTS.equals(m.timeline()) ? ": requests as the server saw them, best try"
                        : ": kernel calls per thread, last timed run")
                .append("</h4>\n");
        if (Measurement.REQUESTS.equals(m.timeline())) {
            requests(html, m);
        } else {
            threads(html, m, color(m, t));
        }
        if (m.spansLeftOut() > 0) {
            html.append("<p class=\"note\">and ").append(m.spansLeftOut()).append(" more not drawn</p>\n");
        }
    }

    /** One lane per thread (and process), one bar per kernel call. */
    private static void threads(StringBuilder html, Measurement m, String color) {
        List<String> lanes = m.spans().stream().map(Measurement.Span::lane).distinct().toList();
        double end = end(m);
        int laneHeight = 18;
        int height = lanes.size() * laneHeight + 24;
        int plot = CHART_WIDTH - LABEL_WIDTH - 20;
        svgStart(html, height, "kernel calls per thread over time");
        for (int i = 0; i < lanes.size(); i++) {
            html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\">%s</text>\n",
                    LABEL_WIDTH - 8, i * laneHeight + 13, escape(lanes.get(i))));
        }
        for (Measurement.Span span : m.spans()) {
            int lane = lanes.indexOf(span.lane());
            double x = LABEL_WIDTH + plot * Math.max(0, span.startMillis()) / end;
            double width = Math.max(1, plot * (span.endMillis() - Math.max(0, span.startMillis())) / end);
            html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\""
                    + " class=\"span\"><title>%s on %s: %s to %s</title></rect>\n", x, lane * laneHeight + 2, width,
                    laneHeight - 4, color, escape(span.label()), escape(span.lane()), millis(span.startMillis()),
                    millis(span.endMillis())));
        }
        axis(html, lanes.size() * laneHeight + 4, end, plot);
        html.append("</svg>\n");
    }

    /** Requests in flight over time as a step line, with each request drawn as a thin bar beneath. */
    private static void requests(StringBuilder html, Measurement m) {
        List<double[]> events = new ArrayList<>();
        for (Measurement.Span span : m.spans()) {
            events.add(new double[] {span.startMillis(), 1});
            events.add(new double[] {span.endMillis(), -1});
        }
        events.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        int most = 0;
        int inFlight = 0;
        for (double[] event : events) {
            inFlight += (int) event[1];
            most = Math.max(most, inFlight);
        }
        double end = end(m);
        int plot = CHART_WIDTH - LABEL_WIDTH - 20;
        int chart = 80;
        int rows = Math.min(m.spans().size(), 100);
        int height = chart + 12 + rows * 3 + 24;
        svgStart(html, height, "requests in flight over time");
        html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"12\" class=\"label\">%d in flight at most</text>\n"
                + "<text x=\"%d\" y=\"%d\" class=\"label\">requests</text>\n", LABEL_WIDTH - 8, most,
                LABEL_WIDTH - 8, chart + 24));
        StringBuilder path = new StringBuilder(String.format(Locale.ROOT, "M%d,%d", LABEL_WIDTH, chart));
        inFlight = 0;
        for (double[] event : events) {
            double x = LABEL_WIDTH + plot * Math.max(0, event[0]) / end;
            inFlight += (int) event[1];
            double y = chart - (chart - 4) * inFlight / (double) Math.max(1, most);
            path.append(String.format(Locale.ROOT, " H%.1f V%.1f", x, y));
        }
        html.append("<path d=\"").append(path).append("\" class=\"flight\"/>\n");
        for (int i = 0; i < rows; i++) {
            Measurement.Span span = m.spans().get(i);
            double x = LABEL_WIDTH + plot * Math.max(0, span.startMillis()) / end;
            double width = Math.max(1, plot * (span.endMillis() - Math.max(0, span.startMillis())) / end);
            html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"2\" class=\"req\">"
                    + "<title>%s: %s to %s</title></rect>\n", x, chart + 12 + i * 3, width, escape(span.label()),
                    millis(span.startMillis()), millis(span.endMillis())));
        }
        axis(html, height - 22, end, plot);
        html.append("</svg>\n");
    }

    private static double end(Measurement m) {
        double end = m.millis();
        for (Measurement.Span span : m.spans()) {
            end = Math.max(end, span.endMillis());
        }
        return Math.max(end, 1);
    }

    private static void svgStart(StringBuilder html, int height, String label) {
        html.append("<svg class=\"timeline\" role=\"img\" aria-label=\"").append(label).append("\" width=\"")
                .append(CHART_WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(CHART_WIDTH).append(' ').append(height).append("\">\n");
    }

    private static void axis(StringBuilder html, int y, double end, int plot) {
        html.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"grid\"/>\n",
                LABEL_WIDTH, y, LABEL_WIDTH + plot, y));
        for (int i = 0; i <= 4; i++) {
            double x = LABEL_WIDTH + plot * i / 4.0;
            html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"tick\">%s</text>\n", x, y + 14,
                    millis(end * i / 4)));
        }
    }

    private static void tests(StringBuilder html, ReportPage.Section section) {
        html.append("<h3>Tests</h3>\n<table class=\"tests\">\n<tr><th>#</th><th>test</th><th>points</th>"
                + "<th>status</th></tr>\n");
        for (ReportPage.Row test : section.rows()) {
            html.append("<tr class=\"").append(test.passed() ? "pass" : "fail").append("\"><td>")
                    .append(escape(test.number())).append("</td><td>").append(escape(test.name()));
            if (!test.output().isEmpty()) {
                html.append("<details><summary>message</summary><pre>").append(escape(test.output()))
                        .append("</pre></details>");
            }
            html.append("</td><td>").append(escape(test.points())).append("</td><td>").append(escape(test.status()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static String millis(double millis) {
        return millis >= 10_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000)
                : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    private static String times(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f×", value);
    }

    /**
     * Escapes text for HTML content and attributes.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Writes {@code report.html} into a folder.
     *
     * @param page what the page shows
     * @param outDir the folder
     * @return the file written
     * @throws IOException when it cannot be written
     */
    public static Path write(ReportPage page, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        return Files.writeString(outDir.resolve(FILE_NAME), render(page), StandardCharsets.UTF_8);
    }

    private static final String STYLE = """
            body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 900px; color: #222; }
            h1 { margin-bottom: 0; } .total { font-size: 1.6em; margin: .2em 0; }
            .machine, footer, .note { color: #555; font-size: .9em; }
            .concern { background: #fff8e1; padding: .4em .6em; } .problem { background: #ffebee; padding: .4em .6em; }
            section { border-top: 2px solid #ddd; margin-top: 2em; }
            table { border-collapse: collapse; margin: .5em 0 1em; } table.strategies td { white-space: nowrap; }
            th, td { border-bottom: 1px solid #e0e0e0; padding: .25em .6em; text-align: left; vertical-align: top; }
            td.pass, tr.pass td:last-child { color: #2e7d32; } td.fail, tr.fail td:last-child { color: #c62828; }
            td.inconclusive { color: #827717; }
            pre { white-space: pre-wrap; font-size: .85em; background: #fafafa; padding: .4em; }
            svg { display: block; margin: .3em 0 1em; font-size: 11px; }
            svg .label { text-anchor: end; fill: #333; } svg .tick { fill: #777; text-anchor: middle; }
            svg .value { fill: #333; } svg .grid { stroke: #e0e0e0; } svg .expected { stroke: #000; stroke-width: 2; }
            svg .span { stroke: #fff; stroke-width: .5; } svg .flight { fill: none; stroke: #1565c0; stroke-width: 1.5; }
            svg .req { fill: #90caf9; }
            """;
}
