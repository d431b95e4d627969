package dev.threadlings.learner;

import dev.threadlings.kit.manifest.Manifest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs practice checks as the learner would, through the kit's own {@code ./mvnw test}, with its output in
 * {@code .threadlings/last-run.log}, and reads what each exercise's run left: its task summary and next step, or,
 * when the build stopped before the checks (code that does not compile), Maven's error lines.
 */
final class Checks {

    /** The log of the last run, from the kit's folder. */
    static final Path LOG = Path.of(".threadlings", "last-run.log");

    private static final int ERROR_LINES = 25;

    /**
     * What one run left.
     *
     * @param exitCode Maven's exit code
     * @param summaries each tested exercise's task summary, as its run wrote it; an exercise whose checks never
     *     ran has none
     * @param next the next step the last tested exercise's run wrote, or empty
     * @param errors Maven's error lines when an exercise's checks did not run, else none
     * @param log the run's full output
     */
    record Outcome(int exitCode, List<String> summaries, String next, List<String> errors, Path log) {
    }

    private Checks() {
    }

    /**
     * Runs the checks of some exercises, or of one task of one exercise.
     *
     * @param course the kit
     * @param exercises the exercises to check
     * @param task the task to check alone, or 0 for all of them
     * @param out where to say what runs
     * @return what the run left
     * @throws IOException when Maven cannot be started or its output not kept
     * @throws InterruptedException when this thread is interrupted while Maven runs (Maven is then stopped)
     */
    static Outcome run(Course course, List<Manifest> exercises, int task, PrintWriter out)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(course.root().resolve("mvnw").toString(), "-B", "test",
                "-fae", "-pl", exercises.stream().map(Course::folder).collect(Collectors.joining(",")), "-am"));
        if (task > 0) {
            command.add("-Dtask=" + task);
        }
        Path log = course.root().resolve(LOG);
        Files.createDirectories(log.getParent());
        out.println("Running: ./mvnw test -pl " + command.get(command.indexOf("-pl") + 1) + " -am"
                + (task > 0 ? " -Dtask=" + task : "") + "   (its output: " + LOG + ")");
        out.flush();
        FileTime started = FileTime.fromMillis(System.currentTimeMillis() - 1000);
        Process maven = new ProcessBuilder(command).directory(course.root().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        maven.getOutputStream().close();
        int exit = await(maven);
        List<String> summaries = new ArrayList<>();
        String next = "";
        boolean missing = false;
        for (Manifest exercise : exercises) {
            Path folder = course.module(exercise).resolve("target").resolve("threadlings");
            Path summary = folder.resolve("summary.txt");
            if (Files.isRegularFile(summary) && Files.getLastModifiedTime(summary).compareTo(started) >= 0) {
                summaries.add(Files.readString(summary, StandardCharsets.UTF_8).stripTrailing());
                Path nextFile = folder.resolve("next.txt");
                if (Files.isRegularFile(nextFile)) {
                    String said = Files.readString(nextFile, StandardCharsets.UTF_8).strip();
                    next = next.isEmpty() ? said : next;
                }
            } else {
                missing = true;
            }
        }
        List<String> errors = missing || summaries.isEmpty() ? errors(log) : List.of();
        return new Outcome(exit, summaries, next, errors, log);
    }

    /**
     * Waits for a process the CLI started; when this thread is interrupted, ends it and everything it started.
     *
     * @param process the process
     * @return its exit code
     * @throws InterruptedException when interrupted while waiting
     */
    static int await(Process process) throws InterruptedException {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            throw e;
        }
    }

    /** Maven's own error lines, without its generic footer. */
    private static List<String> errors(Path log) throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("[ERROR]"))
                .map(l -> l.substring("[ERROR]".length()).strip())
                .filter(l -> !l.isEmpty() && !l.startsWith("->") && !l.startsWith("To see the full stack trace")
                        && !l.startsWith("Re-run Maven") && !l.startsWith("For more information")
                        && !l.startsWith("[Help") && !l.startsWith("After correcting") && !l.startsWith("mvn <args>")
                        && !l.startsWith("See dump files") && !l.startsWith("Failed to execute goal"))
                .distinct().limit(ERROR_LINES).toList();
    }

    /**
     * Prints what a run left.
     *
     * @param outcome the run's outcome
     * @param out where to print
     */
    static void print(Outcome outcome, PrintWriter out) {
        out.println();
        outcome.summaries().forEach(out::println);
        if (!outcome.errors().isEmpty()) {
            out.println(outcome.summaries().isEmpty() ? "The build stopped before any check ran:"
                    : "The build stopped before some exercises' checks ran:");
            outcome.errors().forEach(e -> out.println("  " + e));
            out.println("(all of it: " + LOG + ")");
        }
        out.flush();
    }
}
