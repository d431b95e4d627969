/**
 * The HTML report, {@code report.html}: one page per run, drawn the same for the grader's grading and the learner's
 * own practice checks ({@code ./threadlings check}). Each side builds a {@link dev.threadlings.kit.report.ReportPage}
 * from its run; {@link dev.threadlings.kit.report.HtmlPage} draws it.
 */
package dev.threadlings.kit.report;
