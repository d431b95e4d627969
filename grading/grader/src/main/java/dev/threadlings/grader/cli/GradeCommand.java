package dev.threadlings.grader.cli;

import dev.threadlings.grader.exercise.Exercise;
import dev.threadlings.grader.exercise.ExerciseRegistry;
import dev.threadlings.grader.grade.GradeRequest;
import dev.threadlings.grader.grade.Grader;
import dev.threadlings.grader.grade.Progress;
import dev.threadlings.grader.process.GraderHome;
import dev.threadlings.grader.report.ExercismReport;
import dev.threadlings.grader.report.GradescopeReport;
import dev.threadlings.grader.report.HtmlReport;
import dev.threadlings.grader.report.JUnitXmlReport;
import dev.threadlings.grader.report.SummaryReport;
import dev.threadlings.grader.score.GradingReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code grade} command: grades one submission folder and writes every report: {@code results.json}
 * (Gradescope), {@code exercism/results.json}, {@code junit/TEST-*.xml}, {@code report.html} and
 * {@code summary.txt}.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grades a submission folder (a copy of the kit with the learner's exercises/*/src/main/java)"
                + " and writes results.json (Gradescope), exercism/results.json (Exercism v3), junit/TEST-*.xml,"
                + " report.html (tables, speedup charts, timelines) and summary.txt, which is also printed.")
public final class GradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<submission-dir>", description = "The submission folder.")
    private Path submission;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "grading-out",
            description = "Where to write results.json, summary.txt and logs/ (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--exercise", paramLabel = "ID",
            description = "Grade only this exercise (repeatable); by default all: ${COMPLETION-CANDIDATES}.",
            completionCandidates = ExerciseIds.class)
    private List<String> exerciseIds = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Time limit of each exercise's hidden tests (default: 180).")
    private Integer timeoutSeconds;

    @Option(names = "--only", paramLabel = "TEXT",
            description = "Grade only the tests whose name contains TEXT, ignoring case (repeatable);"
                    + " the maximum score then counts only those tests.")
    private List<String> only = new ArrayList<>();

    @Option(names = "--test-visibility", paramLabel = "WHEN", defaultValue = "visible",
            description = "When Gradescope shows each test to the learner: visible, hidden, after_due_date or"
                    + " after_published (default: ${DEFAULT-VALUE}).")
    private String testVisibility;

    @Option(names = "--work", paramLabel = "DIR", hidden = true,
            description = "Scratch folder (default: a temporary one, deleted afterwards).")
    private Path work;

    @Option(names = "--keep-work", hidden = true, description = "Keep the scratch folder.")
    private boolean keepWork;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(submission)) {
            err.println("threadlings-grader: the submission folder does not exist: " + submission);
            err.flush();
            return GraderMain.USAGE;
        }
        if (!GradescopeReport.VISIBILITIES.contains(testVisibility)) {
            err.println("threadlings-grader: --test-visibility must be one of " + GradescopeReport.VISIBILITIES
                    + ", was " + testVisibility);
            err.flush();
            return GraderMain.USAGE;
        }
        if (timeoutSeconds != null && timeoutSeconds < 1) {
            err.println("threadlings-grader: --timeout must be at least 1 second, was " + timeoutSeconds);
            err.flush();
            return GraderMain.USAGE;
        }
        List<Exercise> exercises = new ArrayList<>();
        for (String id : exerciseIds.isEmpty() ? ExerciseRegistry.all().stream().map(Exercise::id).toList()
                : exerciseIds) {
            Optional<Exercise> exercise = ExerciseRegistry.byId(id);
            if (exercise.isEmpty()) {
                err.println("threadlings-grader: unknown exercise '" + id + "'; known: " + ExerciseRegistry.knownIds());
                err.flush();
                return GraderMain.USAGE;
            }
            Exercise chosen = timeoutSeconds == null ? exercise.get()
                    : exercise.get().withTimeLimit(Duration.ofSeconds(timeoutSeconds));
            if (!exercises.contains(chosen)) {
                exercises.add(chosen);
            }
        }
        GradeRequest request = new GradeRequest(submission.toAbsolutePath().normalize(), exercises,
                out.toAbsolutePath().normalize(), work == null ? null : work.toAbsolutePath(), only, keepWork);
        GradingReport report = new Grader(GraderHome.locate(), new Progress(System.err)).grade(request);
        GradescopeReport.write(report, request.outDir(), testVisibility);
        ExercismReport.write(report, request.outDir());
        JUnitXmlReport.write(report, request.outDir());
        HtmlReport.write(report, request.outDir());
        String summary = SummaryReport.render(report);
        SummaryReport.write(summary, request.outDir());
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(summary);
        stdout.flush();
        return report.problem() == null ? GraderMain.OK : GraderMain.GRADER_FAILED;
    }

    /** The known exercise ids, for the help text. */
    static final class ExerciseIds extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        ExerciseIds() {
            super(ExerciseRegistry.all().stream().map(Exercise::id).toList());
        }
    }
}
