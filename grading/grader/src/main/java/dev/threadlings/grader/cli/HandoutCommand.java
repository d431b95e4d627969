package dev.threadlings.grader.cli;

import dev.threadlings.grader.handout.Handout;
import dev.threadlings.grader.handout.HandoutCheck;
import dev.threadlings.grader.process.GraderHome;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code handout} command: builds the learner handout from the instructor tree and checks it. */
@Command(name = "handout", mixinStandardHelpOptions = true,
        description = "Builds the learner handout (the kit without solutions/, grading/ and anything hidden) into"
                + " an empty folder, then checks that no hidden test name, seed or fixture appears in it.")
public final class HandoutCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<out-dir>", description = "An empty or missing folder.")
    private Path out;

    @Option(names = "--from", paramLabel = "DIR", defaultValue = ".",
            description = "The instructor tree (default: the current folder).")
    private Path from;

    @Option(names = "--self-paced", description = "Also ship this grader, its hidden tests and the reference"
            + " solutions in compiled form (in .threadlings/grader/), so that learners' ./threadlings grade grades"
            + " as the course would: for self-paced workshops, where no grade is at stake.")
    private boolean selfPaced;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(from.resolve("solutions")) || !Files.isDirectory(from.resolve("grading"))) {
            err.println("threadlings-grader: " + from.toAbsolutePath().normalize() + " is not the instructor tree"
                    + " (it needs solutions/ and grading/)");
            err.flush();
            return GraderMain.USAGE;
        }
        List<Path> files = new ArrayList<>(Handout.build(from, out));
        if (selfPaced) {
            files.addAll(Handout.addGrader(out, GraderHome.locate()));
        }
        List<String> problems = HandoutCheck.problems(out, HandoutCheck.secrets(from));
        PrintWriter stdout = spec.commandLine().getOut();
        if (!problems.isEmpty()) {
            err.println("threadlings-grader: the handout in " + out + " holds what learners must not see:");
            problems.forEach(p -> err.println("  " + p));
            err.flush();
            return GraderMain.GRADER_FAILED;
        }
        if (selfPaced) {
            stdout.printf("Wrote the self-paced handout (%d files) to %s: the grader, its hidden tests and the"
                    + " reference solutions are in it, compiled, in %s; nothing hidden elsewhere. Learners start with"
                    + " ./mvnw test; ./threadlings grade grades their code as the course would.%n", files.size(), out,
                    Handout.GRADER);
        } else {
            stdout.printf("Wrote the learner handout (%d files) to %s; nothing hidden in it. Hand it out as a"
                    + " repository or a zip; learners start with ./mvnw test.%n", files.size(), out);
        }
        stdout.flush();
        return GraderMain.OK;
    }
}
