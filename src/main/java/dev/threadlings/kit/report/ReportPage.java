package dev.threadlings.kit.report;

import dev.threadlings.kit.measure.Measurement;
import java.util.List;
import java.util.Objects;

/**
 * What one report shows: a heading, where and when it ran, and a section per exercise with its tests and what they
 * measured.
 *
 * @param title the page's title, such as "Threadlings report: alice"
 * @param heading the first thing read, such as "42 / 93 points" or "18 of 23 tasks done"
 * @param about where and on what it ran, one line each (the folder, the machine and when)
 * @param concerns why timings on this machine may not show parallelism, one line each
 * @param problem what stopped the run as a whole, or {@code null}
 * @param sections one per exercise, in order
 * @param footer what the charts mean
 */
public record ReportPage(String title, String heading, List<String> about, List<String> concerns, String problem,
        List<Section> sections, String footer) {

    /** Checks and copies the fields. */
    public ReportPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(heading, "heading");
        about = List.copyOf(about);
        concerns = List.copyOf(concerns);
        sections = List.copyOf(sections);
        Objects.requireNonNull(footer, "footer");
    }

    /**
     * One exercise.
     *
     * @param id the exercise's id, the section's anchor
     * @param heading such as "NN-slug: 12 / 20 points" or "NN-slug: 3 of 5 tasks done"
     * @param problem why its tests could not run, or {@code null}
     * @param notes remarks that cost nothing
     * @param rows its tests, in order
     */
    public record Section(String id, String heading, String problem, List<String> notes, List<Row> rows) {

        /** Checks and copies the fields. */
        public Section {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(heading, "heading");
            notes = List.copyOf(notes);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One test.
     *
     * @param number its number, such as "1.7", or its task, such as "task 2"
     * @param name its name
     * @param points such as "2 / 3", or empty where tests earn no points (practice)
     * @param status how it ended, as a word: "passed", "failed", "not attempted"...
     * @param passed whether it passed in full
     * @param output what the learner reads: the failure's message, the TODO, the reason
     * @param measurements what it measured: times, speedups, timelines
     */
    public record Row(String number, String name, String points, String status, boolean passed, String output,
            List<Measurement> measurements) {

        /** Checks and copies the fields. */
        public Row {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(name, "name");
            points = points == null ? "" : points;
            Objects.requireNonNull(status, "status");
            output = output == null ? "" : output;
            measurements = measurements == null ? List.of() : List.copyOf(measurements);
        }
    }
}
