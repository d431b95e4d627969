package dev.threadlings.grader.grade;

import dev.threadlings.grader.exercise.Exercise;
import dev.threadlings.grader.json.Json;
import dev.threadlings.grader.plan.TestPlanFile;
import dev.threadlings.grader.process.GraderHome;
import dev.threadlings.grader.process.InstallCache;
import dev.threadlings.grader.process.JavaLauncher;
import dev.threadlings.grader.process.TestJvmOutcome;
import dev.threadlings.grader.process.TestJvmRunner;
import dev.threadlings.grader.testjvm.TestJvmMain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the test plan: the graded tests of every exercise, discovered in a JVM whose class path is the
 * grader's and the stubs, never a learner's.
 */
final class PlanDiscovery {

    /** How long discovery may take. */
    static final Duration LIMIT = Duration.ofSeconds(120);

    private PlanDiscovery() {
    }

    /**
     * Discovers the hidden tests of the exercises.
     *
     * @param home the grader's installation
     * @param exercises the exercises to plan
     * @param workDir a scratch folder
     * @param log the file the discovery JVM's output goes to
     * @return the plan
     * @throws IOException when discovery fails; the message quotes the end of its log
     */
    static TestPlanFile discover(GraderHome home, List<Exercise> exercises, Path workDir, Path log)
            throws IOException {
        // The plan never depends on a submission: an installation discovers it once for each set of exercises
        List<Path> inputs = new ArrayList<>(home.gradingClassPath());
        inputs.addAll(home.stubsJars());
        Path kept = InstallCache.file(home, "plan", "json", inputs, exercises.stream().map(Exercise::hiddenPackage)
                .toArray(String[]::new));
        if (Files.isRegularFile(kept)) {
            try {
                TestPlanFile plan = Json.mapper().readValue(kept.toFile(), TestPlanFile.class);
                Files.writeString(log, "the plan as discovered before: " + kept + "\n", StandardCharsets.UTF_8);
                return plan;
            } catch (IOException e) {
                // unreadable: discover it again
            }
        }
        Path planFile = workDir.resolve("plan.json");
        List<String> args = new ArrayList<>(List.of("discover", planFile.toString()));
        exercises.forEach(e -> args.add(e.hiddenPackage()));
        List<Path> classPath = new ArrayList<>(home.gradingClassPath());
        classPath.addAll(home.stubsJars());
        TestJvmOutcome outcome = TestJvmRunner.run(JavaLauncher.command(classPath, TestJvmMain.class.getName(), args,
                null, false), workDir, log, LIMIT);
        if (outcome.timedOut() || outcome.exitCode() != 0 || !Files.exists(planFile)) {
            String why = outcome.timedOut() ? "timed out after " + LIMIT.toSeconds() + " s"
                    : "exited with code " + outcome.exitCode();
            throw new IOException("discovering the hidden tests failed: the JVM " + why + "\n" + tail(log));
        }
        TestPlanFile plan = Json.mapper().readValue(planFile.toFile(), TestPlanFile.class);
        try {
            Path temporary = InstallCache.temporary(kept);
            Files.copy(planFile, temporary);
            InstallCache.publish(temporary, kept);
        } catch (IOException e) {
            // a folder that cannot be written: the next grading discovers the plan again
        }
        return plan;
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
