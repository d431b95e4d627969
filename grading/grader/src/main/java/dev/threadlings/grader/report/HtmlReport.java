package dev.threadlings.grader.report;

import dev.threadlings.grader.score.ExerciseReport;
import dev.threadlings.grader.score.GradingReport;
import dev.threadlings.grader.score.Points;
import dev.threadlings.grader.score.TestScore;
import dev.threadlings.kit.report.HtmlPage;
import dev.threadlings.kit.report.ReportPage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code report.html} of a grading: the kit's page ({@link HtmlPage}), the one learners also get from their own
 * practice checks, with the grading's points, machine and tests.
 */
public final class HtmlReport {

    /** The file name. */
    public static final String FILE_NAME = HtmlPage.FILE_NAME;

    private HtmlReport() {
    }

    /**
     * The page of a grading.
     *
     * @param report the grading's report
     * @return what the page shows
     */
    static ReportPage page(GradingReport report) {
        String folder = report.submission().getFileName() == null ? report.submission().toString()
                : report.submission().getFileName().toString();
        List<ReportPage.Section> sections = report.exercises().stream().map(HtmlReport::section).toList();
        return new ReportPage("Threadlings report: " + folder,
                Points.format(report.score()) + " / " + Points.format(report.maxScore()) + " points",
                List.of(report.submission().toString(), report.machine().describe() + "; graded "
                        + report.startedAt() + " in " + String.format(Locale.ROOT, "%.1f s",
                                report.elapsed().toMillis() / 1000.0)),
                report.machine().timingConcerns(),
                report.problem() == null ? null : "The grader failed: " + report.problem(), sections, HtmlPage.FOOTER);
    }

    private static ReportPage.Section section(ExerciseReport exercise) {
        String id = exercise.exercise().id();
        return new ReportPage.Section(id, id + ": " + Points.format(exercise.score()) + " / "
                + Points.format(exercise.maxScore()) + " points", exercise.problem(), exercise.notes(),
                exercise.tests().stream().map(HtmlReport::row).toList());
    }

    private static ReportPage.Row row(TestScore test) {
        return new ReportPage.Row(test.number(), test.test().name(), Points.format(test.score()) + " / "
                + Points.format(test.maxScore()), test.status().label(), test.full(), test.output(),
                test.measurements());
    }

    /**
     * Renders the page.
     *
     * @param report the grading's report
     * @return the HTML document
     */
    public static String render(GradingReport report) {
        return HtmlPage.render(page(report));
    }

    /**
     * Writes {@code report.html} into a folder.
     *
     * @param report the grading's report
     * @param outDir the folder
     * @return the file written
     * @throws IOException when it cannot be written
     */
    public static Path write(GradingReport report, Path outDir) throws IOException {
        return HtmlPage.write(page(report), outDir);
    }
}
