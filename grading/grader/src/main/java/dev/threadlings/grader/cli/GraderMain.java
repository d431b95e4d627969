package dev.threadlings.grader.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The grader's command line: {@code threadlings-grader grade <submission-dir> [options]}.
 *
 * <p>Exit codes: 0 when the results were written, whatever the score; 1 when the grader itself failed
 * (the results say how); 2 for a usage error (an unknown option or exercise, a missing folder).
 */
@Command(name = "threadlings-grader", mixinStandardHelpOptions = true, version = "threadlings-grader 0.1.0",
        description = "Grades Threadlings submissions with the hidden tests.",
        subcommands = {GradeCommand.class, HandoutCommand.class})
public final class GraderMain implements Callable<Integer> {

    /** Exit code when results were written. */
    public static final int OK = 0;
    /** Exit code when the grader itself failed. */
    public static final int GRADER_FAILED = 1;
    /** Exit code of a usage error. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     * @return the exit code
     */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new GraderMain());
        commandLine.setExitCodeExceptionMapper(
                e -> e instanceof CommandLine.ParameterException ? USAGE : GRADER_FAILED);
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("threadlings-grader: name a command, for example: grade <submission-dir>");
        spec.commandLine().usage(err);
        err.flush();
        return USAGE;
    }
}
