package dev.threadlings.grader.cli;

import dev.threadlings.grader.handout.Handout;
import dev.threadlings.grader.handout.HandoutCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(from.resolve("solutions")) || !Files.isDirectory(from.resolve("grading"))) {
            err.println("threadlings-grader: " + from.toAbsolutePath().normalize() + " is not the instructor tree"
                    + " (it needs solutions/ and grading/)");
            err.flush();
            return GraderMain.USAGE;
        }
        List<Path> files = Handout.build(from, out);
        List<String> problems = HandoutCheck.problems(out, HandoutCheck.secrets(from));
        PrintWriter stdout = spec.commandLine().getOut();
        if (!problems.isEmpty()) {
            err.println("threadlings-grader: the handout in " + out + " holds what learners must not see:");
            problems.forEach(p -> err.println("  " + p));
            err.flush();
            return GraderMain.GRADER_FAILED;
        }
        stdout.printf("Wrote the learner handout (%d files) to %s; nothing hidden in it. Hand it out as a"
                + " repository or a zip; learners start with ./mvnw test.%n", files.size(), out);
        stdout.flush();
        return GraderMain.OK;
    }
}
