package dev.threadlings.grader.cohort;

import dev.threadlings.grader.score.Points;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The gradebook of a class as CSV: one row per learner; columns {@code learner}, {@code score},
 * {@code max_score}, one per exercise, one per exercise and category, {@code seconds} and {@code problem}.
 * Cells are quoted where needed (RFC 4180), and a cell a spreadsheet would take for a formula is prefixed
 * with an apostrophe, since learners choose their own folder names.
 */
public final class Gradebook {

    /** The file name. */
    public static final String FILE_NAME = "gradebook.csv";

    private Gradebook() {
    }

    /**
     * Renders the CSV.
     *
     * @param rows the rows, in gradebook order
     * @return the text, with CRLF line ends
     */
    public static String render(List<GradebookRow> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.addAll(r.points().keySet()));
        List<String> header = new ArrayList<>(List.of("learner", "score", "max_score"));
        header.addAll(columns);
        header.addAll(List.of("seconds", "problem"));
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        for (GradebookRow row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.learner(), Points.format(row.score()),
                    Points.format(row.maxScore())));
            for (String column : columns) {
                Double points = row.points().get(column);
                cells.add(points == null ? "" : Points.format(points));
            }
            cells.add(String.format(Locale.ROOT, "%.1f", row.seconds()));
            cells.add(row.problem() == null ? "" : row.problem());
            line(csv, cells);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * One cell: a text that starts like a formula gets an apostrophe; one with a comma, quote or line
     * break is quoted.
     *
     * @param text the cell's text
     * @return the cell as CSV
     */
    static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text) ? "'" + text
                : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static boolean isNumber(String text) {
        return text.matches("-?[0-9]+(\\.[0-9]+)?");
    }

    /**
     * Writes the CSV into a folder.
     *
     * @param rows the rows
     * @param outDir the folder
     * @return the file written
     * @throws IOException when it cannot be written
     */
    public static Path write(List<GradebookRow> rows, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        return Files.writeString(outDir.resolve(FILE_NAME), render(rows), StandardCharsets.UTF_8);
    }
}
