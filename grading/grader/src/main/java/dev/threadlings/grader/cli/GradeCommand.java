package dev.threadlings.grader.cli;

import dev.threadlings.grader.cohort.Cohort;
import dev.threadlings.grader.cohort.CohortGrader;
import dev.threadlings.grader.cohort.SubmissionSource;
import dev.threadlings.grader.exercise.Exercise;
import dev.threadlings.grader.exercise.ExerciseRegistry;
import dev.threadlings.grader.grade.Folders;
import dev.threadlings.grader.grade.GradeRequest;
import dev.threadlings.grader.grade.Grader;
import dev.threadlings.grader.grade.Progress;
import dev.threadlings.grader.process.GraderHome;
import dev.threadlings.grader.report.GradescopeReport;
import dev.threadlings.grader.report.Reports;
import dev.threadlings.grader.score.GradingReport;
import dev.threadlings.kit.junit.Category;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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

    @Parameters(index = "0", paramLabel = "<submission>", description = "A submission folder (with exercises/), a"
            + " zip of one, a git repository on this disk (a path or a file:// URL), or a folder of many of these:"
            + " a class, graded into <out>/<learner>/ and <out>/gradebook.csv.")
    private String submission;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "grading-out",
            description = "Where to write the reports (results.json, exercism/, junit/, report.html, summary.txt) and"
                    + " logs/; for a class, one folder per learner and gradebook.csv (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--exercise", paramLabel = "ID",
            description = "Grade only this exercise (repeatable); by default all: ${COMPLETION-CANDIDATES}.",
            completionCandidates = ExerciseIds.class)
    private List<String> exerciseIds = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Time limit of each exercise's hidden tests (default: 180); the time a test that hung"
                    + " waited out is not charged to it.")
    private Integer timeoutSeconds;

    @Option(names = "--test-timeout", paramLabel = "SECONDS",
            description = "Time limit of each single hidden test (default: 60); a test past it is stopped, its"
                    + " threads dumped (a deadlock is named), the other tests of its strategy are not run, and the"
                    + " exercise's other tests run on.")
    private Integer testTimeoutSeconds;

    @Option(names = "--only", paramLabel = "TEXT",
            description = "Grade only the tests whose name contains TEXT, ignoring case (repeatable);"
                    + " the maximum score then counts only those tests.")
    private List<String> only = new ArrayList<>();

    @Option(names = "--test-visibility", paramLabel = "WHEN", defaultValue = "visible",
            description = "When Gradescope shows each test to the learner: visible, hidden, after_due_date or"
                    + " after_published (default: ${DEFAULT-VALUE}).")
    private String testVisibility;

    @Option(names = "--category", paramLabel = "NAME",
            description = "Grade only the tests of this category (repeatable): correctness, concurrency, speedup,"
                    + " architecture, hygiene; the maximum score then counts only those tests.")
    private List<String> categories = new ArrayList<>();

    @Option(names = "--task", paramLabel = "N",
            description = "Grade only the tests of README task N (repeatable), for example 2 for each exercise's"
                    + " second strategy; the maximum score then counts only those tests.")
    private List<Integer> tasks = new ArrayList<>();

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "1",
            description = "For a class: grade N submissions at once (default: ${DEFAULT-VALUE}). Only without"
                    + " speed tests (--category without speedup): timing tests must not share the cores.")
    private int parallel;

    @Option(names = "--work", paramLabel = "DIR", hidden = true,
            description = "Scratch folder (default: a temporary one, deleted afterwards).")
    private Path work;

    @Option(names = "--keep-work", hidden = true, description = "Keep the scratch folder.")
    private boolean keepWork;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!GradescopeReport.VISIBILITIES.contains(testVisibility)) {
            return usage(err, "--test-visibility must be one of " + GradescopeReport.VISIBILITIES + ", was "
                    + testVisibility);
        }
        if (timeoutSeconds != null && timeoutSeconds < 1) {
            return usage(err, "--timeout must be at least 1 second, was " + timeoutSeconds);
        }
        if (testTimeoutSeconds != null && testTimeoutSeconds < 1) {
            return usage(err, "--test-timeout must be at least 1 second, was " + testTimeoutSeconds);
        }
        for (String category : categories) {
            if (Category.among(List.of(category)).isEmpty()) {
                return usage(err, "unknown category '" + category + "'; known: correctness, concurrency, speedup,"
                        + " architecture, hygiene");
            }
        }
        for (int task : tasks) {
            if (task < 1) {
                return usage(err, "--task must be a task number from 1, was " + task);
            }
        }
        if (parallel < 1) {
            return usage(err, "--parallel must be at least 1, was " + parallel);
        }
        if (parallel > 1 && (categories.isEmpty() || categories.contains(Category.SPEEDUP.tag()))) {
            return usage(err, "--parallel " + parallel + " would make the speed tests of two submissions share the"
                    + " cores; grade in parallel only without them, for example --category correctness");
        }
        Optional<SubmissionSource> single = SubmissionSource.of(submission);
        Path folder = Path.of(submission);
        if (single.isEmpty() && !Files.isDirectory(folder)) {
            return usage(err, "no submission at " + submission + ": expected a folder with exercises/, a .zip, a git"
                    + " repository, or a folder of those");
        }
        GraderHome home = GraderHome.locate();
        ExerciseRegistry registry;
        try {
            registry = installedExercises(home);
        } catch (IOException | UncheckedIOException e) {
            err.println("threadlings-grader: the installation is broken: " + e.getMessage());
            err.flush();
            return GraderMain.GRADER_FAILED;
        }
        List<Exercise> exercises = new ArrayList<>();
        for (String id : exerciseIds.isEmpty() ? registry.all().stream().map(Exercise::id).toList()
                : exerciseIds) {
            Optional<Exercise> exercise = registry.byId(id);
            if (exercise.isEmpty()) {
                return usage(err, "unknown exercise '" + id + "'; known: " + registry.knownIds());
            }
            Exercise chosen = timeoutSeconds == null ? exercise.get()
                    : exercise.get().withTimeLimit(Duration.ofSeconds(timeoutSeconds));
            if (testTimeoutSeconds != null) {
                chosen = chosen.withTestTimeout(Duration.ofSeconds(testTimeoutSeconds));
            }
            if (!exercises.contains(chosen)) {
                exercises.add(chosen);
            }
        }
        GradeRequest request = new GradeRequest(Path.of("."), exercises, out.toAbsolutePath().normalize(),
                work == null ? null : work.toAbsolutePath(), only, keepWork, categories, tasks);
        if (single.isPresent()) {
            return gradeOne(home, single.get(), request);
        }
        List<SubmissionSource> sources = Cohort.discover(folder, request.outDir());
        if (sources.isEmpty()) {
            // Graded as one submission all the same, so that its results say which exercise folders are missing.
            return gradeOne(home, new SubmissionSource(String.valueOf(folder.getFileName()), SubmissionSource.Kind.FOLDER,
                    submission), request);
        }
        System.err.printf("threadlings-grader: grading a class of %d submissions from %s into %s, %s%n",
                sources.size(), folder, request.outDir(), parallel == 1 ? "one after another" : parallel + " at once");
        CohortGrader.Result result = new CohortGrader(home, System.err)
                .grade(sources, request, testVisibility, parallel);
        PrintWriter stdout = spec.commandLine().getOut();
        List<String> strays = sources.stream().filter(s -> s.kind() == SubmissionSource.Kind.NOT_A_SUBMISSION)
                .map(SubmissionSource::name).toList();
        stdout.printf("Graded %d submissions (%d kept unchanged from an earlier run): %s%n",
                result.rows().size() - strays.size(), result.reused(), result.gradebook());
        if (!strays.isEmpty()) {
            stdout.printf("%d %s of the class folder %s not a submission, so %s a row with no points that says why:"
                    + " %s%n", strays.size(), strays.size() == 1 ? "entry" : "entries", strays.size() == 1 ? "is"
                    : "are", strays.size() == 1 ? "it has" : "each has", String.join(", ", strays));
        }
        stdout.flush();
        return result.rows().stream().anyMatch(r -> r.problem() != null && r.problem().startsWith("the grader failed"))
                ? GraderMain.GRADER_FAILED : GraderMain.OK;
    }

    private int gradeOne(GraderHome home, SubmissionSource source, GradeRequest template) throws IOException {
        Path scratch = Files.createTempDirectory("threadlings-submission-");
        try {
            Path folder;
            try {
                folder = source.materialize(scratch);
            } catch (IOException e) {
                return usage(spec.commandLine().getErr(), "could not read " + source.location() + ": "
                        + e.getMessage());
            }
            GradeRequest request = template.forSubmission(folder.toAbsolutePath().normalize(), template.outDir());
            GradingReport report = new Grader(home, new Progress(System.err)).grade(request);
            String summary = Reports.writeAll(report, request.outDir(), testVisibility);
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(summary);
            stdout.flush();
            return report.problem() == null ? GraderMain.OK : GraderMain.GRADER_FAILED;
        } finally {
            Folders.deleteQuietly(scratch);
        }
    }

    /**
     * The exercises of an installation, one per stubs jar.
     *
     * @param home the installation
     * @return its exercises
     * @throws IOException when the installation is incomplete or holds no exercise
     */
    static ExerciseRegistry installedExercises(GraderHome home) throws IOException {
        Optional<String> problem = home.problem();
        if (problem.isPresent()) {
            throw new IOException(problem.get());
        }
        ExerciseRegistry registry = ExerciseRegistry.fromStubs(home.stubsJars());
        if (registry.all().isEmpty()) {
            throw new IOException("the grader's stubs folder holds no exercise: " + home.stubs()
                    + " (build it with ./mvnw -B install -DskipTests)");
        }
        return registry;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("threadlings-grader: " + message);
        err.flush();
        return GraderMain.USAGE;
    }

    /** The known exercise ids, for the help text. */
    static final class ExerciseIds extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        ExerciseIds() {
            super(idsOrNone());
        }

        private static List<String> idsOrNone() {
            try {
                return installedExercises(GraderHome.locate()).all().stream().map(Exercise::id).toList();
            } catch (IOException | UncheckedIOException e) {
                return List.of();
            }
        }
    }
}
