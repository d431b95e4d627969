package dev.threadlings.grader.cohort;

import dev.threadlings.grader.exercise.Exercise;
import dev.threadlings.grader.grade.Folders;
import dev.threadlings.grader.grade.GradeRequest;
import dev.threadlings.grader.grade.Grader;
import dev.threadlings.grader.grade.Progress;
import dev.threadlings.grader.json.Json;
import dev.threadlings.grader.plan.TestPlanFile;
import dev.threadlings.grader.process.GraderHome;
import dev.threadlings.grader.report.Reports;
import dev.threadlings.grader.score.GradingReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Grades every submission of a class into its own folder, {@code <out>/<learner>/}, then writes
 * {@code <out>/gradebook.csv}. One submission at a time by default, since speed tests must not share cores;
 * a submission unchanged since the last run (same {@link Fingerprint}) keeps its results and is not graded
 * again. A submission that cannot even be unpacked still gets its folder, its reports and a gradebook row
 * that says why.
 */
public final class CohortGrader {

    /** The file in each learner's folder that lets a later run reuse the grading. */
    static final String ROW_FILE = "gradebook-row.json";

    private final GraderHome home;
    private final PrintStream console;

    /**
     * What grading the class gave.
     *
     * @param rows one per learner, in name order
     * @param graded how many entries were graded in this run
     * @param reused how many submissions kept their results from an earlier run
     * @param gradebook the CSV written
     */
    public record Result(List<GradebookRow> rows, int graded, int reused, Path gradebook) {
    }

    /**
     * Makes a class grader.
     *
     * @param home the grader's installation
     * @param console where the progress bar goes (standard error)
     */
    public CohortGrader(GraderHome home, PrintStream console) {
        this.home = home;
        this.console = console;
    }

    /**
     * Grades the class.
     *
     * @param sources the submissions
     * @param template the grading settings; its submission and output folder are replaced per learner
     * @param testVisibility the Gradescope visibility of each test
     * @param parallel how many submissions at once (1 unless no speed test is graded)
     * @return the rows and counts
     * @throws IOException when the gradebook cannot be written
     */
    public Result grade(List<SubmissionSource> sources, GradeRequest template, String testVisibility, int parallel)
            throws IOException {
        long start = System.nanoTime();
        String settings = settings(template, testVisibility);
        TestPlanFile plan = plan(template);
        List<GradebookRow> rows = new ArrayList<>();
        int graded = 0;
        int reused = 0;
        long gradingNanos = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel));
        try {
            List<Future<Graded>> futures = new ArrayList<>();
            for (SubmissionSource source : sources) {
                futures.add(pool.submit(() -> gradeOne(source, template, testVisibility, settings, plan)));
            }
            // Results are taken in order on this thread only, so the counts need no locking.
            for (int i = 0; i < futures.size(); i++) {
                Graded done = join(futures.get(i));
                rows.add(done.row());
                if (!done.reused()) {
                    graded++;
                    gradingNanos += done.nanos();
                } else if (sources.get(i).kind() != SubmissionSource.Kind.NOT_A_SUBMISSION) {
                    reused++;
                }
                console.printf("%s  %s: %s%n", ProgressBar.render(rows.size(), sources.size(),
                        Duration.ofNanos(System.nanoTime() - start), graded, Duration.ofNanos(gradingNanos)),
                        done.row().learner(), describe(done));
                console.flush();
            }
        } finally {
            pool.shutdownNow();
        }
        rows.sort(Comparator.comparing(GradebookRow::learner));
        Path gradebook = Gradebook.write(rows, template.outDir());
        if (!settings(template, testVisibility).equals(settings)) {
            // The test JVMs run as the same user as the grader: a submission could have written to its jars.
            throw new IOException("the grader's own jars changed while it graded the class, so a submission may"
                    + " have written to them and the grades cannot be trusted: reinstall the grader and grade again");
        }
        return new Result(rows, graded, reused, gradebook);
    }

    private record Graded(GradebookRow row, boolean reused, long nanos) {
    }

    private static String describe(Graded graded) {
        GradebookRow row = graded.row();
        String points = dev.threadlings.grader.score.Points.format(row.score()) + " / "
                + dev.threadlings.grader.score.Points.format(row.maxScore());
        return (graded.reused() ? "unchanged, kept " : "") + points
                + (row.problem() == null ? "" : " (" + row.problem().lines().findFirst().orElse("") + ")");
    }

    /** The hidden tests, discovered once for the class; {@code null} lets each grading discover and report. */
    private TestPlanFile plan(GradeRequest template) {
        if (home.problem().isPresent()) {
            return null;
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("threadlings-plan-");
            return Grader.discoverPlan(home, template.exercises(), work);
        } catch (IOException | RuntimeException e) {
            return null;
        } finally {
            if (work != null) {
                Folders.deleteQuietly(work);
            }
        }
    }

    private Graded gradeOne(SubmissionSource source, GradeRequest template, String visibility, String settings,
            TestPlanFile plan) {
        long start = System.nanoTime();
        Path out = template.outDir().resolve(source.name());
        String fingerprint = "";
        try {
            Files.createDirectories(out);
            fingerprint = Fingerprint.of(source, settings);
            GradebookRow previous = previous(out);
            if (previous != null && previous.fingerprint().equals(fingerprint)
                    && Files.exists(out.resolve("results.json"))) {
                return new Graded(previous, true, 0);
            }
        } catch (IOException | RuntimeException e) {
            return new Graded(GradebookRow.failed(source.name(), fingerprint, "could not read the submission: "
                    + e.getMessage()), false, System.nanoTime() - start);
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("threadlings-class-");
            GradingReport report;
            try (PrintStream log = new PrintStream(Files.newOutputStream(out.resolve("grading.log")), true,
                    StandardCharsets.UTF_8)) {
                Grader grader = new Grader(home, new Progress(log), plan);
                Path folder;
                String unreadable = null;
                try {
                    folder = source.materialize(work);
                } catch (IOException e) {
                    // Graded as an empty submission, so the reports list every test it did not get.
                    folder = Files.createDirectories(work.resolve("unreadable"));
                    unreadable = source.kind() == SubmissionSource.Kind.NOT_A_SUBMISSION ? e.getMessage()
                            : source.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + source.location()
                                    + " could not be read: " + e.getMessage();
                    log.println(unreadable);
                }
                report = grader.grade(template.forSubmission(folder, out));
                if (unreadable != null) {
                    report = new GradingReport(report.submission(), report.exercises(), unreadable,
                            report.warnings(), report.startedAt(), report.elapsed(), report.machine());
                }
            }
            Reports.writeAll(report, out, visibility);
            GradebookRow row = GradebookRow.of(source.name(), fingerprint, report);
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out.resolve(ROW_FILE).toFile(), row);
            return new Graded(row, false, System.nanoTime() - start);
        } catch (IOException | RuntimeException e) {
            return new Graded(GradebookRow.failed(source.name(), fingerprint, "the grader failed: " + e),
                    false, System.nanoTime() - start);
        } finally {
            if (work != null) {
                Folders.deleteQuietly(work);
            }
        }
    }

    private static GradebookRow previous(Path out) {
        Path file = out.resolve(ROW_FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Json.mapper().readValue(file.toFile(), GradebookRow.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** Everything besides the sources that a result depends on: the grader's own jars and the options. */
    private String settings(GradeRequest template, String visibility) throws IOException {
        StringBuilder settings = new StringBuilder("threadlings-grader;");
        for (Exercise exercise : template.exercises()) {
            settings.append(exercise.id()).append('=').append(exercise.timeLimit().toSeconds()).append('/')
                    .append(exercise.testTimeoutSeconds()).append(';');
        }
        settings.append("only=").append(template.only()).append(";categories=").append(template.categories())
                .append(";tasks=").append(template.tasks())
                .append(";visibility=").append(visibility).append(";jars=");
        List<Path> jars = new ArrayList<>(List.of(home.self()));
        jars.addAll(home.libJars());
        for (Path jar : jars) {
            settings.append(jar.getFileName()).append(':').append(Fingerprint.ofJar(jar)).append(';');
        }
        return settings.toString();
    }

    private static Graded join(Future<Graded> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while grading the class", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("grading a submission failed: " + e.getCause(), e.getCause());
        }
    }
}
