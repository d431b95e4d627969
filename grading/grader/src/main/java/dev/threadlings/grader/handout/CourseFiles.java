package dev.threadlings.grader.handout;

import dev.threadlings.kit.manifest.Manifest;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The parts of the handout's files that list the exercises, written from the manifests so that no file lists
 * them by hand: the learner README's table and the GitHub Classroom workflow's steps. A template marks where
 * they go with a line that holds a marker; a template without it gets no list.
 */
public final class CourseFiles {

    /** The line of the learner README's template that becomes the table of exercises. */
    public static final String TABLE_MARKER = "<!-- @exercise-table@ -->";

    /** The line of the workflow's template that becomes one autograding step per exercise. */
    public static final String STEPS_MARKER = "@exercise-steps@";

    /** The line of the workflow's template that becomes the reporter's environment, one result per exercise. */
    public static final String RESULTS_MARKER = "@exercise-results@";

    /** Replaced, wherever it stands in the workflow's template, by the reporter's comma-separated runners. */
    public static final String RUNNERS_MARKER = "@exercise-runners@";

    private CourseFiles() {
    }

    /**
     * The learner README: its template with the table of exercises.
     *
     * @param template {@code grading/handout/README.md}
     * @param manifests the exercises, in order
     * @return the README
     */
    public static String readme(String template, List<Manifest> manifests) {
        return template.lines().map(line -> line.contains(TABLE_MARKER) ? table(manifests) : line)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String table(List<Manifest> manifests) {
        StringBuilder table = new StringBuilder("| # | exercise | what you learn |\n| --- | --- | --- |");
        for (Manifest m : manifests) {
            table.append("\n| ").append(m.id(), 0, 2).append(" | [").append(m.title()).append("](exercises/")
                    .append(m.id()).append("/README.md) | ").append(m.summary()).append(" |");
        }
        return table.toString();
    }

    /**
     * The GitHub Classroom workflow: its template with one autograding step per exercise (the exercise's
     * visible tests earn its points) and the reporter told about each.
     *
     * @param template {@code grading/github-classroom/classroom.yml}
     * @param manifests the exercises, in order
     * @return the workflow
     */
    public static String classroomWorkflow(String template, List<Manifest> manifests) {
        String runners = manifests.stream().map(CourseFiles::runner).collect(Collectors.joining(","));
        return template.lines().map(line -> {
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            if (line.contains(STEPS_MARKER)) {
                return manifests.stream().map(m -> step(indent, m)).collect(Collectors.joining("\n"));
            }
            if (line.contains(RESULTS_MARKER)) {
                return manifests.stream().map(m -> indent + runner(m).toUpperCase(java.util.Locale.ROOT)
                        + "_RESULTS: \"${{steps." + runner(m) + ".outputs.result}}\"").collect(Collectors.joining("\n"));
            }
            return line.replace(RUNNERS_MARKER, runners);
        }).collect(Collectors.joining("\n", "", "\n"));
    }

    /**
     * An exercise's runner name in the workflow: its id without the number.
     *
     * @param manifest the exercise
     * @return for example {@code sum-of-squares}
     */
    public static String runner(Manifest manifest) {
        return manifest.id().substring(3);
    }

    private static String step(String indent, Manifest m) {
        return String.join("\n",
                indent + "- name: " + m.id(),
                indent + "  id: " + runner(m),
                indent + "  uses: classroom-resources/autograding-command-grader@v1",
                indent + "  with:",
                indent + "    test-name: " + m.id(),
                indent + "    setup-command: ''",
                indent + "    command: ./mvnw -B -ntp -q test -pl exercises/" + m.id(),
                indent + "    timeout: 15",
                indent + "    max-score: 10");
    }
}
