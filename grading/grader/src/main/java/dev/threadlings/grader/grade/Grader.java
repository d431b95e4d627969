package dev.threadlings.grader.grade;

import dev.threadlings.grader.exercise.Exercise;
import dev.threadlings.grader.plan.GradedTest;
import dev.threadlings.grader.plan.Status;
import dev.threadlings.grader.plan.TestPlanFile;
import dev.threadlings.grader.process.GraderHome;
import dev.threadlings.grader.score.CpuContention;
import dev.threadlings.grader.score.ExerciseReport;
import dev.threadlings.grader.score.GradingReport;
import dev.threadlings.grader.score.Machine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Grades a submission: plans the hidden tests once, then grades each exercise on its own, so a failure
 * in one (it does not compile, it hangs, the grader trips on it) costs only that exercise.
 */
public final class Grader {

    private final GraderHome home;
    private final Progress progress;
    private final TestPlanFile knownPlan;

    /**
     * Makes a grader that discovers the hidden tests for each grading.
     *
     * @param home the grader's installation
     * @param progress where progress lines go
     */
    public Grader(GraderHome home, Progress progress) {
        this(home, progress, null);
    }

    /**
     * Makes a grader that uses a plan discovered before: the plan never depends on a submission, so a class
     * discovers it once.
     *
     * @param home the grader's installation
     * @param progress where progress lines go
     * @param plan the plan from {@link #discoverPlan}, or {@code null} to discover it for each grading
     */
    public Grader(GraderHome home, Progress progress, TestPlanFile plan) {
        this.home = home;
        this.progress = progress;
        this.knownPlan = plan;
    }

    /**
     * Discovers the hidden tests of some exercises once, for many gradings.
     *
     * @param home the grader's installation
     * @param exercises the exercises
     * @param workDir a scratch folder
     * @return the plan
     * @throws IOException when discovery fails
     */
    public static TestPlanFile discoverPlan(GraderHome home, List<Exercise> exercises, Path workDir)
            throws IOException {
        Files.createDirectories(workDir);
        return PlanDiscovery.discover(home, exercises, workDir, workDir.resolve("discovery.log"));
    }

    /**
     * Grades a submission; every failure is caught and reported.
     *
     * @param request what to grade
     * @return the report; its {@code problem} is set when the grader itself failed
     */
    public GradingReport grade(GradeRequest request) {
        Instant startedAt = Instant.now();
        Machine machine = Machine.here();
        Optional<CpuContention> cpu = CpuContention.start();
        long start = System.nanoTime();
        Path logs = request.outDir().resolve("logs");
        List<ExerciseReport> reports = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String problem = null;
        Path work = null;
        try {
            work = request.workDir() != null ? Files.createDirectories(request.workDir())
                    : Files.createTempDirectory("threadlings-grade-");
            Files.createDirectories(logs);
            problem = home.problem().orElse(null);
            if (problem == null) {
                TestPlanFile plan = knownPlan;
                if (plan == null) {
                    progress.say("discovering the hidden tests");
                    plan = PlanDiscovery.discover(home, request.exercises(), work, logs.resolve("discovery.log"));
                }
                warnings.addAll(plan.warnings());
                plan.warnings().forEach(w -> progress.say("warning: " + w));
                for (Exercise exercise : request.exercises()) {
                    List<GradedTest> tests = GradedTest.ofTasks(GradedTest.ofCategories(GradedTest.named(
                            GradedTest.number(exercise.number(), plan.testsOf(exercise.hiddenPackage())),
                            request.only()), request.categories()), request.tasks());
                    if (tests.isEmpty()) {
                        boolean filtered = !request.only().isEmpty() || !request.categories().isEmpty()
                                || !request.tasks().isEmpty();
                        String warning = exercise.id() + ": no graded test" + (filtered ? " matches --only "
                                + request.only() + ", --category " + request.categories() + " and --task "
                                + request.tasks() : " found in " + exercise.hiddenPackage());
                        warnings.add(warning);
                        progress.say("warning: " + warning);
                    }
                    reports.add(gradeOne(exercise, tests, request.submission(), work.resolve(exercise.id()),
                            logs.resolve(exercise.id() + ".log")));
                }
            }
        } catch (IOException | RuntimeException e) {
            problem = e.getMessage() == null ? e.toString() : e.getMessage();
        } finally {
            if (work != null && !request.keepWork()) {
                Folders.deleteQuietly(work);
            }
        }
        if (reports.isEmpty() && problem != null) {
            for (Exercise exercise : request.exercises()) {
                reports.add(ExerciseGrader.notRun(exercise, List.of(), Status.NOT_GRADED,
                        "Not graded: the grader failed before it could run the tests.", false, Duration.ZERO));
            }
        }
        return new GradingReport(request.submission(), reports, problem, warnings, startedAt,
                Duration.ofNanos(System.nanoTime() - start), machine.ended(cpu));
    }

    private ExerciseReport gradeOne(Exercise exercise, List<GradedTest> tests, Path submission, Path work, Path log) {
        try {
            return new ExerciseGrader(home, progress).grade(exercise, tests, submission, work, log);
        } catch (IOException | RuntimeException | LinkageError e) {
            progress.say(exercise.id() + ": the grader failed: " + e);
            return ExerciseGrader.notRun(exercise, tests, Status.NOT_GRADED,
                    "Not graded: the grader failed on this exercise: " + e, false, Duration.ZERO);
        }
    }
}
