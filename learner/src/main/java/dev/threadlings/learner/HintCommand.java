package dev.threadlings.learner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ./threadlings hint}: the next hint of the current task (or of the task named), one a time. */
@Command(name = "hint", mixinStandardHelpOptions = true,
        description = {"Shows the next hint of the current task: first what the task asks, then each hint of its"
                + " README section, one a time. Run it again for the next."})
final class HintCommand implements Callable<Integer> {

    @ParentCommand
    Threadlings parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-e", "--exercise"}, description = "The exercise (default: the current one), e.g. 01-downloads"
            + " or 1.")
    String exercise;

    @Option(names = {"-t", "--task"}, description = "The task (default: the current one): its number or its"
            + " strategy class.")
    String task;

    @Option(names = "--all", description = "Show every hint of the task seen so far again, none new.")
    boolean all;

    @Option(names = "--reset", description = "Forget which hints of the task were seen.")
    boolean reset;

    @Option(names = "--lang", description = "zh-CN for the Chinese README's hints (default: from LANG).",
            defaultValue = "")
    String language;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Course course = parent.course();
        Course.Spot spot;
        try {
            spot = course.find(exercise, task);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("hint: " + e.getMessage());
            return 2;
        }
        if (reset) {
            Hints.see(course.root(), spot.exercise().id() + " " + spot.task().number(), 0);
            out.println("The hints of " + spot.name() + " are hidden again.");
            return 0;
        }
        return show(course, spot, language, all, out) ? 0 : 1;
    }

    /**
     * Shows a task's next hint (or, with {@code all}, every hint seen so far) and records it as seen.
     *
     * @param course the kit
     * @param spot the task
     * @param language the README's language, or empty for the environment's
     * @param all whether to show every hint seen so far instead of a new one
     * @param out where to print
     * @return whether the task has hints at all
     * @throws IOException when the README cannot be read or the hints seen not recorded
     */
    static boolean show(Course course, Course.Spot spot, String language, boolean all, PrintWriter out)
            throws IOException {
        Path readme = Hints.readme(course.module(spot.exercise()), language);
        List<Hints.Hint> hints = Hints.of(Files.readString(readme, StandardCharsets.UTF_8), spot.task().number());
        if (hints.isEmpty()) {
            out.println(course.root().relativize(readme) + " has no section for task " + spot.task().number() + ".");
            out.flush();
            return false;
        }
        String key = spot.exercise().id() + " " + spot.task().number();
        int seen = Math.min(Hints.seen(course.root()).getOrDefault(key, 0), hints.size());
        int from = all ? 0 : Math.min(seen, hints.size() - 1);
        int to = all ? Math.max(seen, 1) : from + 1;
        for (int i = from; i < to; i++) {
            Hints.Hint hint = hints.get(i);
            out.println(spot.name() + ", hint " + (i + 1) + " of " + hints.size() + ": " + hint.title());
            out.println();
            out.println(Hints.plain(hint.text()));
            out.println();
        }
        Hints.see(course.root(), key, Math.max(seen, to));
        int left = hints.size() - Math.max(seen, to);
        out.println(left > 0 ? "Run ./threadlings hint again for the next one (" + left + " more)."
                : "That was the last hint of this task. All of them again: ./threadlings hint --all");
        out.flush();
        return true;
    }
}
