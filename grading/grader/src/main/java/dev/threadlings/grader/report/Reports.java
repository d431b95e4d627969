package dev.threadlings.grader.report;

import dev.threadlings.grader.score.GradingReport;
import java.io.IOException;
import java.nio.file.Path;

/** Writes every report of one grading into its output folder. */
public final class Reports {

    private Reports() {
    }

    /**
     * Writes {@code results.json}, {@code exercism/results.json}, {@code junit/TEST-*.xml}, {@code report.html}
     * and {@code summary.txt}.
     *
     * @param report the grading's report
     * @param outDir the output folder
     * @param testVisibility the Gradescope visibility of each test (one of {@link GradescopeReport#VISIBILITIES})
     * @return the summary's text, for printing
     * @throws IOException when a file cannot be written
     */
    public static String writeAll(GradingReport report, Path outDir, String testVisibility) throws IOException {
        GradescopeReport.write(report, outDir, testVisibility);
        ExercismReport.write(report, outDir);
        JUnitXmlReport.write(report, outDir);
        HtmlReport.write(report, outDir);
        String summary = SummaryReport.render(report);
        SummaryReport.write(summary, outDir);
        return summary;
    }
}
