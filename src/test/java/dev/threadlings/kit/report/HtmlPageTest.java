package dev.threadlings.kit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.kit.measure.Measurement;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HtmlPageTest {

    @Test
    void the_speedup_axis_gets_a_few_round_ticks_whatever_the_range() {
        assertThat(HtmlPage.tickStep(2)).isEqualTo(0.5);
        assertThat(HtmlPage.tickStep(5)).isEqualTo(1);
        assertThat(HtmlPage.tickStep(12)).isEqualTo(2);
        assertThat(HtmlPage.tickStep(20)).isEqualTo(5);
        assertThat(HtmlPage.tickStep(63)).isEqualTo(10);
        assertThat(HtmlPage.tickStep(150)).isEqualTo(20);
    }

    @Test
    void a_page_without_points_shows_the_tests_status_and_what_they_measured() {
        Measurement measured = new Measurement("ThreadedThing(2)", 120, null, 230.0, 125.0, 1.92, 1.84, 0.92, 1.8,
                "pass",
                Measurement.THREADS, List.of(new Measurement.Span("pool-1", 0, 60, "kernel(5)"),
                        new Measurement.Span("pool-2", 0, 58, "kernel(6)")), 0);
        ReportPage page = new ReportPage("Threadlings practice report", "1 of 2 tasks done", List.of("/home/me/kit"),
                List.of(), null, List.of(new ReportPage.Section("09-example", "09-example: 1 of 2 tasks done", null,
                        List.of(), List.of(new ReportPage.Row("task 2", "SpeedTest › threaded <keeps> up", "",
                                "passed", true, "", List.of(measured)), new ReportPage.Row("task 1", "Test › one",
                                        "", "not attempted", false, "not attempted: TODO(task 1)", List.of())))),
                HtmlPage.FOOTER);

        String html = HtmlPage.render(page);

        assertThat(html).contains("<p class=\"total\">1 of 2 tasks done</p>")
                .contains("<td>ThreadedThing(2)</td><td></td><td>120 ms</td>")
                .contains("aria-label=\"kernel calls per thread over time\"")
                .contains("<tr class=\"fail\"><td>task 1</td><td>Test › one<details><summary>message</summary>"
                        + "<pre>not attempted: TODO(task 1)</pre></details></td><td></td><td>not attempted</td></tr>")
                .contains("SpeedTest › threaded &lt;keeps&gt; up").doesNotContain("<keeps>", "<script");
    }
}
