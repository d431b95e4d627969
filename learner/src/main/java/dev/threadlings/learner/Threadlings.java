package dev.threadlings.learner;

import dev.threadlings.kit.learner.TaskStates;
import dev.threadlings.kit.manifest.Manifest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./threadlings}: where the learner stands over every exercise and task, and what to do next. Its
 * subcommands: {@code hint}, {@code watch}, {@code check}.
 */
@Command(name = "threadlings", mixinStandardHelpOptions = true, version = "Threadlings learner CLI",
        subcommands = {HintCommand.class, WatchCommand.class, CheckCommand.class, GradeCommand.class},
        description = {"Where you stand in every exercise and task, as your checks last ran, and what to do next.",
            "Subcommands: hint (the current task's hints, one at a time), watch (rerun the current task's checks on"
                    + " every save), check (every practice check, and a report)."})
public final class Threadlings implements Callable<Integer> {

    @Option(names = "--root", description = "The kit's folder (default: the current folder).", defaultValue = ".")
    Path root;

    @Spec
    CommandSpec spec;

    /**
     * Runs the CLI.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Maven runs the checks in processes of their own: a Ctrl-C here ends them too
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().descendants()
                .forEach(ProcessHandle::destroy), "end-checks"));
        System.exit(new CommandLine(new Threadlings()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    /** The kit at {@link #root}. */
    Course course() throws IOException {
        return Course.at(root);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Course course = course();
        progress(course, out);
        return 0;
    }

    /** Every exercise's tasks with their last state, then the current task and the commands for it. */
    static void progress(Course course, PrintWriter out) {
        int done = 0;
        int all = 0;
        StringBuilder table = new StringBuilder();
        for (Manifest exercise : course.exercises()) {
            Map<Integer, TaskStates.State> states = course.states(exercise);
            long exerciseDone = states.values().stream().filter(s -> s.kind() == TaskStates.Kind.DONE).count();
            done += (int) exerciseDone;
            all += exercise.tasks().size();
            int width = exercise.tasks().stream().mapToInt(t -> t.strategy().length()).max().orElse(10);
            table.append('\n').append(exercise.id()).append(", ").append(exercise.title()).append(": ")
                    .append(exerciseDone).append(" of ").append(exercise.tasks().size()).append(" tasks done\n");
            for (Manifest.Task task : exercise.tasks()) {
                TaskStates.State state = states.get(task.number());
                table.append(String.format("  %s task %d  %-" + width + "s  %s%n", mark(state), task.number(),
                        task.strategy(), state == null ? "not checked yet" : state.text()));
            }
        }
        out.println("Threadlings: " + done + " of " + all + " tasks done, as your checks last ran");
        out.print(table);
        out.println();
        Optional<Course.Spot> current = course.current();
        if (current.isEmpty()) {
            out.println("Every task is done. ./threadlings check runs every practice check once more and writes a"
                    + " report.");
        } else {
            Course.Spot spot = current.get();
            out.println("Current: " + spot.name() + ": " + spot.task().goal() + ".");
            out.println("  Read        " + Course.folder(spot.exercise()) + "/README.md, \"Task "
                    + spot.task().number() + "\"");
            out.println("  ./threadlings watch   reruns its checks every time you save");
            out.println("  ./threadlings hint    its hints, one at a time");
            out.println("  ./mvnw test -pl " + Course.folder(spot.exercise()) + " -am -Dtask="
                    + spot.task().number() + "   its checks, once");
        }
        out.flush();
    }

    private static String mark(TaskStates.State state) {
        if (state == null) {
            return "[ ]";
        }
        return switch (state.kind()) {
            case DONE -> "[x]";
            case FAILING -> "[!]";
            case STARTED -> "[~]";
            case NOT_ATTEMPTED, NOT_RUN -> "[ ]";
        };
    }
}
