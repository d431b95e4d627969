package dev.threadlings.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryReportTest {

    @Test
    void shows_each_test_with_points_status_and_name() {
        List<String> lines = SummaryReport.render(ReportFixtures.report()).lines().toList();
        assertThat(lines).contains(
                "  1.1         2 / 2     passed           Correctness › Threaded › keeps order",
                "  1.2         0 / 3     failed           Correctness › Threaded › keeps k in flight",
                "  1.3         0 / 1.5   not attempted    Correctness › Threaded › handles failures",
                "  1.4         1 / 3     partial          Correctness › Threaded › per case");
    }

    @Test
    void indents_each_failure_message_below_its_test() {
        String text = SummaryReport.render(ReportFixtures.report());
        assertThat(text).contains("keeps k in flight\n"
                + "        ThreadedDownloader kept 1 request in flight (expected 5):\n"
                + "        are you calling get() too early? ]]> \u0007\n");
        assertThat(text).contains("handles failures\n        Not attempted yet: TODO(downloads/threaded): do it\n");
        assertThat(text).doesNotContain("keeps order\n        ");
    }

    @Test
    void heads_each_exercise_and_ends_with_the_total() {
        String text = SummaryReport.render(ReportFixtures.report());
        assertThat(text).contains("== 01-downloads: 3 / 9.5 points (compiled; tests ran 5.2 s)\n");
        assertThat(text).contains("   note: a note\n");
        assertThat(text).contains("  by category: correctness 3/9.5\n");
        assertThat(text).endsWith("\nTOTAL  3 / 9.5 points\n");
    }

    @Test
    void the_headline_counts_what_went_wrong() {
        assertThat(SummaryReport.headline(ReportFixtures.report())).isEqualTo(
                "Threadlings: 3 / 9.5 points. 01-downloads: 3/9.5 (1 partial, 1 failed, 1 not attempted).");
    }

    @Test
    void writes_summary_txt(@TempDir Path out) throws Exception {
        Path file = SummaryReport.write("hello\n", out.resolve("new"));
        assertThat(file.getFileName().toString()).isEqualTo("summary.txt");
        assertThat(Files.readString(file)).isEqualTo("hello\n");
    }
}
