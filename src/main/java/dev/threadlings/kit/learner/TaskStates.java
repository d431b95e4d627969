package dev.threadlings.kit.learner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each task of an exercise stood when its checks last ran: {@code target/threadlings/tasks.tsv} in the
 * exercise's module, one line a task ({@code number<TAB>kind<TAB>what the summary said}). The learner's test run
 * writes it (a run of one task keeps the other tasks' earlier lines); the learner CLI reads it for its progress.
 */
public final class TaskStates {

    /** The file, from an exercise module's folder. */
    public static final Path FILE = TaskReport.FOLDER.resolve("tasks.tsv");

    /** What a task's last run came to. */
    public enum Kind {
        /** Every check ran and passed (some may have been inconclusive on the machine). */
        DONE,
        /** A check failed. */
        FAILING,
        /** Some checks pass, the others meet a TODO. */
        STARTED,
        /** Every check met a TODO. */
        NOT_ATTEMPTED,
        /** No check of the task has run yet. */
        NOT_RUN
    }

    /**
     * One task's state.
     *
     * @param kind what the last run came to
     * @param text the summary's words for it, such as "failing: ... [test]"
     */
    public record State(Kind kind, String text) {
    }

    private TaskStates() {
    }

    /**
     * Reads the states an exercise module's last runs left.
     *
     * @param module the exercise's module folder ({@code exercises/NN-slug})
     * @return the states by task number; empty when its checks never ran (or the file is unreadable)
     */
    public static Map<Integer, State> read(Path module) {
        Path file = module.resolve(FILE);
        Map<Integer, State> states = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return states;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 3);
                if (f.length == 3 && f[0].matches("\\d+")) {
                    try {
                        states.put(Integer.parseInt(f[0]), new State(Kind.valueOf(f[1]), f[2]));
                    } catch (IllegalArgumentException e) {
                        // a line of another version of the kit: that task counts as not run
                    }
                }
            }
        } catch (IOException e) {
            return new TreeMap<>();
        }
        return states;
    }

    /**
     * Writes this run's states over the earlier ones: a task this run did not check keeps its earlier line.
     *
     * @param module the exercise's module folder
     * @param now the states of the tasks this run checked
     */
    static void merge(Path module, Map<Integer, State> now) {
        Map<Integer, State> all = read(module);
        all.putAll(now);
        List<String> lines = new ArrayList<>();
        all.forEach((task, state) -> lines.add(task + "\t" + state.kind() + "\t"
                + state.text().replace('\t', ' ').replace('\n', ' ')));
        try {
            Files.createDirectories(module.resolve(FILE).getParent());
            Files.write(module.resolve(FILE), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + module.resolve(FILE).toAbsolutePath(), e);
        }
    }
}
