package dev.threadlings.learner;

import dev.threadlings.kit.learner.CheckLog;
import dev.threadlings.kit.learner.TaskStates;
import dev.threadlings.kit.manifest.Manifest;
import dev.threadlings.kit.report.HtmlPage;
import dev.threadlings.kit.report.ReportPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ./threadlings check}: every practice check of every exercise (or of one), then {@code report.html}, the page
 * the grader draws, from the learner's own run: the strategies' times and speedups, the timelines, every check with
 * its message.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Runs every practice check of every exercise (or of one), then writes the report the grader"
                + " writes, from your own run: tables, the speedup chart, timelines and every check's message."})
final class CheckCommand implements Callable<Integer> {

    /** Where the report goes, from the kit's folder. */
    static final Path REPORT = Path.of("target", "threadlings", HtmlPage.FILE_NAME);

    /** What a practice report's charts mean. */
    static final String FOOTER = "Your own checks, run by ./mvnw test: the grader checks the same categories on other"
            + " data. Speedup: how many times faster than the same work done one piece after another (the baseline)."
            + " Grey bars: the yardstick, the same work on plain threads or plain worker JVMs, measured in the same"
            + " run. Timelines show the last timed run: one lane per thread or process, one bar per kernel call; for"
            + " downloads, the requests as the server saw them and how many were in flight.";

    @ParentCommand
    Threadlings parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-e", "--exercise"}, description = "Check only this exercise, e.g. 01-downloads or 1.")
    String exercise;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Course course = parent.course();
        List<Manifest> exercises;
        try {
            exercises = exercise == null ? course.exercises() : List.of(course.find(exercise, null).exercise());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("check: " + e.getMessage());
            return 2;
        }
        Instant started = Instant.now();
        Checks.Outcome outcome = Checks.run(course, exercises, 0, out);
        Checks.print(outcome, out);
        ReportPage page = page(course, exercises, outcome, started, Duration.between(started, Instant.now()));
        Path report = HtmlPage.write(page, course.root().resolve(REPORT.getParent()));
        out.println();
        out.println(page.heading() + ". The report: " + course.root().relativize(report) + "  (" + report.toUri()
                + ")");
        out.flush();
        return outcome.exitCode() == 0 ? 0 : 1;
    }

    /** The report of a run: a section per exercise, a row per check. */
    static ReportPage page(Course course, List<Manifest> exercises, Checks.Outcome outcome, Instant started,
            Duration took) {
        List<ReportPage.Section> sections = new ArrayList<>();
        int done = 0;
        int all = 0;
        for (Manifest exercise : exercises) {
            Map<Integer, TaskStates.State> states = course.states(exercise);
            int exerciseDone = (int) exercise.tasks().stream().filter(t -> states.get(t.number()) != null
                    && states.get(t.number()).kind() == TaskStates.Kind.DONE).count();
            done += exerciseDone;
            all += exercise.tasks().size();
            List<CheckLog.Check> checks = fresh(course, exercise, started)
                    ? CheckLog.read(course.module(exercise)) : List.of();
            String problem = checks.isEmpty() ? "Its checks did not run: " + (outcome.errors().isEmpty()
                    ? "see " + Checks.LOG : String.join("\n", outcome.errors())) : null;
            List<ReportPage.Row> rows = checks.stream().map(c -> new ReportPage.Row(c.tasks().isEmpty() ? ""
                    : "task " + c.tasks().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    c.test() + (c.category().isEmpty() ? "" : " [" + c.category() + "]"), "", c.status(), c.passed(),
                    c.message(), c.measurements())).toList();
            sections.add(new ReportPage.Section(exercise.id(), exercise.id() + ", " + exercise.title() + ": "
                    + exerciseDone + " of " + exercise.tasks().size() + " tasks done", problem, List.of(), rows));
        }
        Runtime runtime = Runtime.getRuntime();
        return new ReportPage("Threadlings practice report: " + course.root().getFileName(),
                done + " of " + all + " tasks done", List.of(course.root().toString(), String.format(Locale.ROOT,
                        "Java %s, %d cores; your checks ran %s and took %.1f s", Runtime.version().feature(),
                        runtime.availableProcessors(), started.truncatedTo(ChronoUnit.SECONDS),
                        took.toMillis() / 1000.0)),
                List.of(), null, sections, FOOTER);
    }

    /** Whether an exercise's checks ran in the run that began at {@code started}. */
    private static boolean fresh(Course course, Manifest exercise, Instant started) {
        Path file = course.module(exercise).resolve(CheckLog.FILE);
        try {
            return Files.isRegularFile(file)
                    && Files.getLastModifiedTime(file).toInstant().isAfter(started.minusSeconds(1));
        } catch (IOException e) {
            return false;
        }
    }
}
