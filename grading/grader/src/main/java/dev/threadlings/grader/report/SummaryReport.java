package dev.threadlings.grader.report;

import dev.threadlings.grader.plan.Status;
import dev.threadlings.grader.score.ExerciseReport;
import dev.threadlings.grader.score.GradingReport;
import dev.threadlings.grader.score.Points;
import dev.threadlings.grader.score.TestScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the plain-text summary: per exercise a table of its tests with points and status, each
 * failure's message indented below its test, then the total.
 */
public final class SummaryReport {

    /** The file name of the summary. */
    public static final String FILE_NAME = "summary.txt";

    private static final String MESSAGE_INDENT = "        ";
    /** How a passing speed test's output starts when the machine could not judge speed. */
    private static final String INCONCLUSIVE = "inconclusive:";

    private SummaryReport() {
    }

    /**
     * The one-line summary: total points and, per exercise, its points and what went wrong.
     *
     * @param report the grading's report
     * @return the headline
     */
    public static String headline(GradingReport report) {
        StringBuilder line = new StringBuilder("Threadlings: ").append(Points.format(report.score())).append(" / ")
                .append(Points.format(report.maxScore())).append(" points.");
        if (report.problem() != null) {
            line.append(" Grader problem: ").append(report.problem().lines().findFirst().orElse("")).append('.');
        }
        for (ExerciseReport exercise : report.exercises()) {
            line.append(' ').append(exercise.exercise().id()).append(": ")
                    .append(Points.format(exercise.score())).append('/').append(Points.format(exercise.maxScore()));
            String counts = counts(exercise);
            if (!counts.isEmpty()) {
                line.append(" (").append(counts).append(')');
            }
            line.append('.');
        }
        return line.toString();
    }

    private static String counts(ExerciseReport exercise) {
        if (exercise.problem() != null && !exercise.compiled()) {
            return exercise.problem().lines().findFirst().orElse("");
        }
        Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        exercise.tests().forEach(t -> byStatus.merge(t.status(), 1L, Long::sum));
        byStatus.remove(Status.PASSED);
        return byStatus.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", "));
    }

    /**
     * The whole summary.
     *
     * @param report the grading's report
     * @return the text, ending with a line break
     */
    public static String render(GradingReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Threadlings grading of ").append(report.submission()).append('\n');
        out.append(String.format(Locale.ROOT, "%s; %.1f s%n", report.machine().describe(),
                report.elapsed().toMillis() / 1000.0));
        report.machine().timingConcerns().forEach(c -> out.append("timing: ").append(c).append('\n'));
        if (report.problem() != null) {
            out.append("\nGRADER PROBLEM: ").append(report.problem()).append('\n');
        }
        for (ExerciseReport exercise : report.exercises()) {
            out.append('\n');
            exercise(out, exercise);
        }
        out.append('\n').append("TOTAL  ").append(Points.format(report.score())).append(" / ")
                .append(Points.format(report.maxScore())).append(" points\n");
        return out.toString();
    }

    private static void exercise(StringBuilder out, ExerciseReport exercise) {
        out.append("== ").append(exercise.exercise().id()).append(": ").append(Points.format(exercise.score()))
                .append(" / ").append(Points.format(exercise.maxScore())).append(" points (")
                .append(state(exercise)).append(")\n");
        if (exercise.problem() != null) {
            out.append(indent(exercise.problem(), "   ")).append('\n');
        }
        for (String note : exercise.notes()) {
            out.append("   note: ").append(note).append('\n');
        }
        boolean sameOutputForAll = exercise.problem() != null && exercise.tests().stream()
                .allMatch(t -> t.status() == Status.NOT_COMPILED || t.status() == Status.NOT_GRADED);
        for (TestScore test : exercise.tests()) {
            out.append(String.format(Locale.ROOT, "  %-6s %6s / %-5s %-16s %s%n", test.number(),
                    Points.format(test.score()), Points.format(test.maxScore()), test.status().label(),
                    test.test().name()));
            boolean inconclusive = test.output().startsWith(INCONCLUSIVE);
            if ((!test.full() || inconclusive) && !test.output().isBlank() && !sameOutputForAll) {
                out.append(indent(test.output(), MESSAGE_INDENT)).append('\n');
            }
        }
        String categories = byCategory(exercise.tests());
        if (!categories.isEmpty()) {
            out.append("  by category: ").append(categories).append('\n');
        }
    }

    private static String state(ExerciseReport exercise) {
        if (!exercise.compiled()) {
            return "not run";
        }
        String time = String.format(Locale.ROOT, "tests ran %.1f s", exercise.runTime().toMillis() / 1000.0);
        return exercise.timedOut() ? "compiled; " + time + ", then ran out of time" : "compiled; " + time;
    }

    private static String byCategory(List<TestScore> tests) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (TestScore test : tests) {
            String category = test.test().category() == null ? "uncategorized" : test.test().category();
            double[] sum = sums.computeIfAbsent(category, c -> new double[2]);
            sum[0] += Points.round(test.score());
            sum[1] += Points.round(test.maxScore());
        }
        return sums.entrySet().stream()
                .map(e -> e.getKey() + " " + Points.format(e.getValue()[0]) + "/" + Points.format(e.getValue()[1]))
                .collect(Collectors.joining(", "));
    }

    private static String indent(String text, String prefix) {
        return text.strip().lines().map(l -> prefix + l).collect(Collectors.joining("\n"));
    }

    /**
     * Writes {@code summary.txt} into a folder.
     *
     * @param text the rendered summary
     * @param outDir the folder; created when missing
     * @return the file written
     * @throws IOException when it cannot be written
     */
    public static Path write(String text, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve(FILE_NAME);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
