package dev.threadlings.learner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ./threadlings grade}: the instructor's grader on the learner's own code, where the handout ships it (a
 * self-paced workshop's handout has the grader, its hidden tests and the reference in compiled form in
 * {@code .threadlings/grader/}). Its report and scores land in {@code target/threadlings/grade/}.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grades your code with the grader and its hidden tests, as the course would (self-paced"
                + " handouts only): scores and the grader's report in target/threadlings/grade/."})
final class GradeCommand implements Callable<Integer> {

    /** Where a self-paced handout keeps the grader, from the kit's folder. */
    static final Path GRADER = Path.of(".threadlings", "grader", "threadlings-grader.jar");

    /** Where the grader's results go, from the kit's folder. */
    static final Path OUT = Path.of("target", "threadlings", "grade");

    @ParentCommand
    Threadlings parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-e", "--exercise"}, description = "Grade only this exercise, e.g. 01-downloads or 1.")
    String exercise;

    @Option(names = {"-t", "--task"}, description = "Grade only the tests of this task (with --exercise: its number"
            + " or strategy class; alone: a number, in every exercise).")
    String task;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Course course = parent.course();
        Path grader = course.root().resolve(GRADER);
        if (!Files.isRegularFile(grader)) {
            spec.commandLine().getErr().println("grade: this handout has no grader (" + GRADER + "): it comes with"
                    + " the handouts of self-paced workshops only. ./threadlings check runs your practice checks,"
                    + " the same categories on other data.");
            return 2;
        }
        // C1 and a serial collector for the grader's own JVM, which compiles and writes reports: the test JVMs it
        // starts keep their own flags
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", grader.toString(), "grade",
                course.root().toString(), "--out", course.root().resolve(OUT).toString()));
        try {
            if (exercise != null) {
                Course.Spot spot = course.find(exercise, task);
                command.addAll(List.of("--exercise", spot.exercise().id()));
                if (task != null) {
                    command.addAll(List.of("--task", String.valueOf(spot.task().number())));
                }
            } else if (task != null) {
                command.addAll(List.of("--task", task));
            }
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("grade: " + e.getMessage());
            return 2;
        }
        out.println("Grading your code with the hidden tests (this takes a few minutes for every exercise)...");
        out.flush();
        Process process = new ProcessBuilder(command).directory(course.root().toFile()).inheritIO().start();
        int exit = Checks.await(process);
        out.println("The grader's report: " + course.root().relativize(course.root().resolve(OUT).resolve(
                "report.html")) + "; scores for course platforms beside it.");
        out.flush();
        return exit;
    }
}
