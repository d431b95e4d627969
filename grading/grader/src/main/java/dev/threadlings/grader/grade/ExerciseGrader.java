package dev.threadlings.grader.grade;

import dev.threadlings.grader.compile.CompileResult;
import dev.threadlings.grader.compile.LearnerCompiler;
import dev.threadlings.grader.compile.StubFiller;
import dev.threadlings.grader.exercise.Exercise;
import dev.threadlings.grader.fork.ForkEvent;
import dev.threadlings.grader.fork.ForkMain;
import dev.threadlings.grader.fork.ResultsFile;
import dev.threadlings.grader.plan.GradedTest;
import dev.threadlings.grader.process.ForkOutcome;
import dev.threadlings.grader.process.ForkRunner;
import dev.threadlings.grader.process.GraderHome;
import dev.threadlings.grader.process.JavaLauncher;
import dev.threadlings.grader.score.ExerciseReport;
import dev.threadlings.grader.score.Scorer;
import dev.threadlings.grader.score.Status;
import dev.threadlings.grader.score.TestScore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Grades one exercise of a submission: compiles the learner's sources, runs the hidden tests on them in
 * a JVM of their own under the exercise's time limit, and scores the plan.
 */
final class ExerciseGrader {

    /** The longest a single test may run before JUnit fails it and goes on to the next. */
    static final Duration TEST_TIMEOUT = Duration.ofSeconds(60);

    /** How many compiler lines a report quotes. */
    static final int COMPILER_LINES = 30;

    private final GraderHome home;
    private final Progress progress;

    ExerciseGrader(GraderHome home, Progress progress) {
        this.home = home;
        this.progress = progress;
    }

    /**
     * Grades the exercise.
     *
     * @param exercise the exercise, with its time limit
     * @param plan its planned tests
     * @param submission the submission folder
     * @param workDir a scratch folder of this exercise's own
     * @param log the file the test JVM's output goes to
     * @return the report
     * @throws IOException when a file cannot be read or written, or the test JVM cannot start
     */
    ExerciseReport grade(Exercise exercise, List<GradedTest> plan, Path submission, Path workDir, Path log)
            throws IOException {
        Path sources = submission.resolve(exercise.sourceDir());
        if (!Files.isDirectory(sources)) {
            String problem = "Not graded: the exercise's folder " + exercise.sourceDir()
                    + " is missing from the submission.";
            return notRun(exercise, plan, Status.NOT_GRADED, problem, false, Duration.ZERO);
        }
        Files.createDirectories(workDir);
        progress.say(exercise.id() + ": compiling " + exercise.sourceDir());
        long compileStart = System.nanoTime();
        Optional<Path> stubs = home.stubsJar(exercise.stubsArtifact());
        List<Path> classPath = new ArrayList<>(home.libJars());
        stubs.ifPresent(classPath::add);
        CompileResult compiled = LearnerCompiler.compile(sources, classPath, workDir.resolve("classes"));
        Duration compileTime = Duration.ofNanos(System.nanoTime() - compileStart);
        if (!compiled.success()) {
            String problem = "The exercise did not compile, so its tests could not run:\n"
                    + String.join("\n", compiled.firstLines(COMPILER_LINES));
            return notRun(exercise, plan, Status.NOT_COMPILED, problem, false, compileTime);
        }
        List<String> notes = new ArrayList<>();
        if (stubs.isPresent()) {
            List<String> filled = StubFiller.fill(stubs.get(), compiled.classesDir());
            if (!filled.isEmpty()) {
                notes.add("missing from the submission, so taken from the stubs (not attempted): "
                        + String.join(", ", filled));
            }
        }
        if (plan.isEmpty()) {
            return new ExerciseReport(exercise, List.of(), null, true, false, null, compileTime, Duration.ZERO, notes);
        }
        return run(exercise, plan, compiled.classesDir(), workDir, log, compileTime, notes);
    }

    private ExerciseReport run(Exercise exercise, List<GradedTest> plan, Path classes, Path workDir, Path log,
            Duration compileTime, List<String> notes) throws IOException {
        Path results = workDir.resolve("results.jsonl");
        Path runDir = Files.createDirectories(workDir.resolve("run"));
        long testTimeout = Math.max(1, Math.min(TEST_TIMEOUT.toSeconds(), exercise.timeLimit().toSeconds()));
        List<String> args = new ArrayList<>(List.of("run", results.toString(), Long.toString(testTimeout)));
        plan.forEach(t -> args.add(t.test().id()));
        List<Path> classPath = new ArrayList<>(home.gradingClassPath());
        classPath.add(classes);
        progress.say(exercise.id() + ": running " + plan.size() + " hidden tests (time limit "
                + exercise.timeLimit().toSeconds() + " s)");
        ForkOutcome outcome = ForkRunner.run(JavaLauncher.command(classPath, ForkMain.class.getName(), args),
                runDir, log, exercise.timeLimit());
        progress.say(exercise.id() + ": the tests " + (outcome.timedOut() ? "ran out of time" : "ended") + " after "
                + outcome.elapsed().toSeconds() + " s");
        List<ForkEvent> events = ResultsFile.read(results);
        List<TestScore> scores = Scorer.score(exercise, plan, events, outcome);
        boolean done = events.stream().anyMatch(e -> ForkEvent.DONE.equals(e.event()));
        String problem = null;
        if (outcome.timedOut()) {
            problem = "The tests ran out of time after " + exercise.timeLimit().toSeconds()
                    + " s; the tests that had not finished earn nothing.";
        } else if (!done) {
            problem = "The test JVM ended early with exit code " + outcome.exitCode()
                    + "; the tests that had not finished earn nothing.";
        }
        events.stream().filter(e -> ForkEvent.ERROR.equals(e.event())).findFirst()
                .ifPresent(e -> notes.add("the test run reported an error: "
                        + e.message().lines().findFirst().orElse("")));
        if (outcome.leftovers() > 0) {
            notes.add("the tests left " + outcome.leftovers() + " process(es) running; the grader ended them");
        }
        return new ExerciseReport(exercise, scores, problem, true, outcome.timedOut(),
                outcome.timedOut() ? null : outcome.exitCode(), compileTime, outcome.elapsed(), notes);
    }

    /**
     * The report of an exercise whose tests could not run: every test earns nothing and says why.
     *
     * @param exercise the exercise
     * @param plan its planned tests
     * @param status why, as a status
     * @param problem why, in words
     * @param compiled whether the sources compiled
     * @param compileTime how long compiling took
     * @return the report
     */
    static ExerciseReport notRun(Exercise exercise, List<GradedTest> plan, Status status, String problem,
            boolean compiled, Duration compileTime) {
        return new ExerciseReport(exercise, Scorer.nothingRan(plan, status, problem), problem, compiled,
                false, null, compileTime, Duration.ZERO, List.of());
    }
}
