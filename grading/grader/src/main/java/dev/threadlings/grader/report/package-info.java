/**
 * The outputs, each written from a {@code GradingReport}: Gradescope's {@code results.json}, Exercism's
 * {@code exercism/results.json}, JUnit XML ({@code junit/TEST-<exercise>.xml}, for GitHub Classroom and CI),
 * {@code report.html} (tables, speedup charts, timelines) and the plain-text {@code summary.txt}; for a class,
 * {@code gradebook.csv} is the cohort package's.
 */
package dev.threadlings.grader.report;
