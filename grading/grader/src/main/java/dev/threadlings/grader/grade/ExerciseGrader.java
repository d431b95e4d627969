package dev.threadlings.grader.grade;

import dev.threadlings.grader.compile.CompileResult;
import dev.threadlings.grader.compile.ForbiddenNames;
import dev.threadlings.grader.compile.LearnerCompiler;
import dev.threadlings.grader.compile.Placement;
import dev.threadlings.grader.compile.Signatures;
import dev.threadlings.grader.compile.SourceText;
import dev.threadlings.grader.compile.StubFiller;
import dev.threadlings.grader.exercise.Exercise;
import dev.threadlings.grader.plan.GradedTest;
import dev.threadlings.grader.plan.Status;
import dev.threadlings.grader.process.CappedLog;
import dev.threadlings.grader.process.ClassArchive;
import dev.threadlings.grader.process.GraderHome;
import dev.threadlings.grader.process.JavaLauncher;
import dev.threadlings.grader.process.TestJvmOutcome;
import dev.threadlings.grader.process.TestJvmRunner;
import dev.threadlings.grader.score.ExerciseReport;
import dev.threadlings.grader.score.Scorer;
import dev.threadlings.grader.score.TestScore;
import dev.threadlings.grader.testjvm.ResultsFile;
import dev.threadlings.grader.testjvm.RunLog;
import dev.threadlings.grader.testjvm.TestJvmMain;
import dev.threadlings.kit.junit.Category;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Grades one exercise of a submission: compiles the learner's sources, runs the hidden tests on them in
 * a JVM of their own under the exercise's time limit, and scores the plan.
 */
final class ExerciseGrader {

    /** Below this much time left, the tests left after a test JVM ended early are not run again. */
    static final Duration MIN_RESTART_TIME = Duration.ofSeconds(5);

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
        List<String> notes = new ArrayList<>(SourceText.copyAsUtf8(sources, workDir.resolve("sources")));
        CompileResult compiled = LearnerCompiler.compile(workDir.resolve("sources"), classPath,
                workDir.resolve("classes"));
        Duration compileTime = Duration.ofNanos(System.nanoTime() - compileStart);
        if (!compiled.success()) {
            String problem = "The exercise did not compile, so its tests could not run:\n"
                    + String.join("\n", compiled.firstLines(COMPILER_LINES));
            return notRun(exercise, plan, Status.NOT_COMPILED, problem, false, compileTime, notes);
        }
        if (stubs.isPresent()) {
            Optional<String> refused = refusal(stubs.get(), compiled.classesDir());
            if (refused.isPresent()) {
                return notRun(exercise, plan, Status.NOT_GRADED, refused.get(), true, compileTime, notes);
            }
            notes.addAll(shapeNotes(stubs.get(), compiled.classesDir()));
        }
        if (plan.isEmpty()) {
            return new ExerciseReport(exercise, List.of(), null, true, false, null, compileTime, Duration.ZERO, notes);
        }
        return run(exercise, plan, compiled.classesDir(), workDir, log, compileTime, notes);
    }

    /**
     * Why the compiled classes must not run at all: classes outside the exercise's package, or classes
     * that name the hidden tests or the grader.
     */
    private static Optional<String> refusal(Path stubsJar, Path classes) throws IOException {
        TreeSet<String> packages = Placement.packagesOf(stubsJar);
        List<String> outside = Placement.outside(classes, packages);
        if (!outside.isEmpty()) {
            String own = packages.stream().map(p -> p.substring(0, p.length() - 1).replace('/', '.'))
                    .collect(Collectors.joining(" or "));
            return Optional.of("Not graded: the submission has classes outside the exercise's package " + own
                    + ": " + String.join(", ", outside) + ". The grader runs its own kit and tests beside"
                    + " the learner's classes, so it runs no class placed in another package (one could"
                    + " replace or reach into theirs). Move them into " + own + " (their package line too).");
        }
        List<String> forbidden = ForbiddenNames.found(classes);
        if (!forbidden.isEmpty()) {
            return Optional.of("Not graded: tampering: learner classes name the grader's hidden tests or the grader"
                    + " itself (" + String.join(", ", forbidden) + "). A strategy must do its own work; it may"
                    + " not read the tests, call the kit's reference strategies or write results.");
        }
        return Optional.empty();
    }

    /**
     * Fills the classes the submission lacks from the stubs, and names what differs from the handout:
     * missing (or renamed) classes and changed signatures.
     */
    private List<String> shapeNotes(Path stubsJar, Path classes) throws IOException {
        List<String> notes = new ArrayList<>();
        List<String> unknown = StubFiller.unknown(stubsJar, classes);
        List<String> filled = StubFiller.fill(stubsJar, classes);
        if (!filled.isEmpty()) {
            notes.add("missing from the submission, so taken from the stubs (not attempted): "
                    + String.join(", ", filled) + (unknown.isEmpty() ? "" : "; the tests do not know "
                    + String.join(", ", unknown) + ": was a class renamed? The tests use the handout's names"));
        }
        List<String> changed = Signatures.missing(stubsJar, classes, home.libJars());
        if (!changed.isEmpty()) {
            notes.add("changed signatures, so the tests that call them fail: " + String.join("; ", changed)
                    + " (keep the constructors and methods of the handout as they are)");
        }
        return notes;
    }

    private ExerciseReport run(Exercise exercise, List<GradedTest> plan, Path classes, Path workDir, Path log,
            Duration compileTime, List<String> notes) throws IOException {
        List<Path> classPath = new ArrayList<>(home.gradingClassPath());
        classPath.add(classes);
        progress.say(exercise.id() + ": running " + plan.size() + " hidden tests (time limit "
                + exercise.timeLimit().toSeconds() + " s)");
        RunLog reported = new RunLog();
        // Without a speed test nothing is timed against a reference, so the test JVM may start quickly
        boolean untimed = plan.stream().noneMatch(t -> Category.SPEEDUP.tag().equals(t.test().category()));
        List<String> endings = new ArrayList<>();
        Hangs hangs = new Hangs(Hangs.classNames(classes));
        int notRun = 0;
        List<GradedTest> left = plan;
        Duration elapsed = Duration.ZERO;
        Duration charged = Duration.ZERO;
        TestJvmOutcome outcome = null;
        int foreign = 0;
        int leftovers = 0;
        long dropped = 0;
        boolean done = false;
        for (int run = 1; !left.isEmpty(); run++) {
            Duration time = exercise.timeLimit().minus(charged);
            if (run > 1 && time.compareTo(MIN_RESTART_TIME) < 0) {
                break;
            }
            Path results = workDir.resolve("results-" + run + ".jsonl");
            Path runLog = run == 1 ? log : log.resolveSibling(log.getFileName() + "." + run);
            List<String> args = new ArrayList<>(List.of("run", results.toString(),
                    Long.toString(exercise.testTimeoutSeconds())));
            left.forEach(t -> args.add(t.test().id()));
            byte[] key = ResultsFile.newKey();
            Path runDir = Files.createDirectories(workDir.resolve("run-" + run));
            Path tmpDir = Files.createDirectories(runDir.resolve("tmp"));
            // An exercise's first test JVM of an installation records its classes; later ones map the archive
            ClassArchive archive = ClassArchive.of(home, exercise.id());
            Path classList = runDir.resolve("classes.lst");
            outcome = TestJvmRunner.run(JavaLauncher.command(classPath, TestJvmMain.class.getName(), args, tmpDir,
                    untimed, archive.options(classList)),
                    runDir, runLog, time, ResultsFile.formatKey(key));
            archive.keep(classList);
            elapsed = elapsed.plus(outcome.elapsed());
            ResultsFile.Contents contents = ResultsFile.read(results, key);
            foreign += contents.foreign();
            leftovers += outcome.leftovers();
            dropped += outcome.droppedBytes();
            RunLog thisRun = contents.log();
            // The time a hung test waited out is not the exercise's: the other strategies still get theirs.
            Duration hung = hangs.note(thisRun, plan);
            charged = charged.plus(outcome.elapsed()).minus(hung.compareTo(outcome.elapsed()) < 0 ? hung
                    : outcome.elapsed());
            done = thisRun.done();
            if (done || outcome.timedOut()) {
                reported.addAll(thisRun);
                break;
            }
            Ending ending = Ending.of(thisRun, outcome, runLog);
            if (hung.isZero()) {
                endings.add(ending.summary()); // a hang has a line of its own in the problem
            }
            ending.culprit().ifPresent(id -> thisRun.failedWhileRunning(id, ending.culpritMessage()));
            reported.addAll(thisRun);
            List<GradedTest> next = new ArrayList<>();
            for (GradedTest test : left) {
                if (reported.settled(test.test().id())) {
                    continue;
                }
                Optional<String> reason = hangs.skip(test.test());
                if (reason.isPresent()) {
                    reported.notRun(test.test().id(), reason.get());
                    notRun++;
                } else {
                    next.add(test);
                }
            }
            if (next.isEmpty() || next.size() == left.size()) {
                break;
            }
            progress.say(exercise.id() + ": the test JVM ended early (" + ending.summary() + "); running the "
                    + next.size() + " tests left in a fresh one" + (notRun == 0 ? ""
                    : " (" + notRun + " of a strategy that hung are not run)"));
            left = next;
        }
        progress.say(exercise.id() + ": the tests " + (outcome.timedOut() ? "ran out of time" : "ended") + " after "
                + elapsed.toSeconds() + " s");
        TestJvmOutcome overall = new TestJvmOutcome(outcome.exitCode(), outcome.timedOut(), elapsed, outcome.threadDump(),
                leftovers);
        List<TestScore> scores = Scorer.score(exercise, plan, reported, overall);
        List<String> problems = new ArrayList<>();
        problems.addAll(hangs.problems());
        if (outcome.timedOut()) {
            problems.add("The tests ran out of time after " + exercise.timeLimit().toSeconds()
                    + " s; the tests that had not finished earn nothing.");
        } else if (!done && endings.isEmpty() && hangs.problems().isEmpty()) {
            problems.add("The test JVM ended early with exit code " + outcome.exitCode()
                    + "; the tests that had not finished earn nothing.");
        }
        if (!endings.isEmpty()) {
            boolean all = plan.stream().allMatch(t -> reported.settled(t.test().id())
                    || reported.notRunReason(t.test().id()).isPresent());
            problems.add("The test JVM ended early " + (endings.size() == 1 ? "once" : endings.size() + " times")
                    + " (" + String.join("; ", endings) + "); each time the tests left ran on in a fresh JVM"
                    + (all ? "." : ", and those that never finished earn nothing."));
        }
        String problem = problems.isEmpty() ? null : String.join("\n", problems);
        reported.error().ifPresent(e -> notes.add("the test run reported an error: "
                + e.lines().findFirst().orElse("")));
        if (foreign > 0) {
            notes.add("tampering: the results file held " + foreign + " line(s) that the test JVM did"
                    + " not write, so learner code wrote to it; they were ignored");
        }
        if (dropped > 0) {
            notes.add("the tests printed more than the log keeps (" + (CappedLog.DEFAULT_CAP >> 20) + " MiB); "
                    + (dropped >> 20) + " MiB more were dropped (is some code printing in a loop?)");
        }
        if (leftovers > 0) {
            notes.add("the tests left " + leftovers + " process(es) running; the grader ended them");
        }
        return new ExerciseReport(exercise, scores, problem, true, outcome.timedOut(),
                outcome.timedOut() ? null : outcome.exitCode(), compileTime, elapsed, notes);
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
        return notRun(exercise, plan, status, problem, compiled, compileTime, List.of());
    }

    private static ExerciseReport notRun(Exercise exercise, List<GradedTest> plan, Status status, String problem,
            boolean compiled, Duration compileTime, List<String> notes) {
        return new ExerciseReport(exercise, Scorer.nothingRan(plan, status, problem), problem, compiled,
                false, null, compileTime, Duration.ZERO, notes);
    }
}
