package dev.threadlings.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static int count(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    @Test
    void is_one_self_contained_page_with_the_points_and_the_machine(@TempDir Path out) throws Exception {
        String html = Files.readString(HtmlReport.write(ReportFixtures.report(), out));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("3 / 9.5 points")
                .contains("Java 21.0.5, 2 cores, no CPU quota, load 0.40 → 0.90");
        assertThat(html).as("no script, no request to anywhere").doesNotContain("<script", "http://", "https://",
                "src=", "<link");
    }

    @Test
    void has_a_strategy_table_a_speedup_bar_per_measured_strategy_and_the_expected_mark() {
        String html = HtmlReport.render(ReportFixtures.report());

        assertThat(html).contains("<td>ThreadedSumOfSquares(2)</td><td>2 / 2</td><td>150 ms</td><td>≥ 1.30×</td>"
                + "<td>1.86×</td><td>1.86×</td><td>1.90</td><td class=\"pass\">pass</td>");
        assertThat(html).contains("<td>ThreadedDownloader(5)</td><td>0 / 3</td><td>520 ms</td><td>≤ 400 ms</td>");
        assertThat(html).contains("aria-label=\"speedup per strategy\"");
        assertThat(count(html, "<rect [^>]*fill=\"#2e7d32\"><title>1.86× ThreadedSumOfSquares")).isEqualTo(1);
        assertThat(count(html, "<title>1.86× the reference</title>")).isEqualTo(1);
        assertThat(count(html, "<title>0.96× ThreadedDownloader\\(5\\)</title>")).as("a failing bar").isEqualTo(1);
        assertThat(count(html, "class=\"expected\"><title>expected at least 1.30×")).isEqualTo(1);
    }

    @Test
    void draws_a_lane_per_thread_a_bar_per_kernel_call_and_requests_in_flight() {
        String html = HtmlReport.render(ReportFixtures.report());

        assertThat(html).contains("aria-label=\"kernel calls per thread over time\"")
                .contains(">worker-&lt;1&gt;</text>").contains(">worker-2</text>");
        assertThat(count(html, "class=\"span\"><title>sumOfSquares\\(500000[01]\\) on worker")).isEqualTo(2);
        assertThat(html).contains("aria-label=\"requests in flight over time\"").contains("1 in flight at most")
                .contains("and 3 more not drawn");
        assertThat(count(html, "class=\"req\"><title>/[a-e]:")).isEqualTo(5);
        assertThat(html).as("escaped, never raw").doesNotContain("worker-<1>");
    }

    @Test
    void lists_every_test_with_its_message() {
        String html = HtmlReport.render(ReportFixtures.report());

        assertThat(count(html, "<tr class=\"(pass|fail)\"><td>1\\.[1-4]</td>")).isEqualTo(4);
        assertThat(html).contains("<pre>ThreadedDownloader kept 1 request in flight (expected 5):\n"
                + "are you calling get() too early? ]]&gt;");
    }
}
