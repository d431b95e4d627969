package dev.threadlings.kit.learner;

import dev.threadlings.kit.junit.NotAttempted;
import dev.threadlings.kit.manifest.Manifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * At the end of a learner's test run of an exercise: each task done, failing (its first message), or not
 * attempted, and the next step. Written to {@code target/threadlings/summary.txt} and {@code next.txt}, which
 * {@code ./mvnw} prints after Maven's own last lines; printed at once when the tests run some other way (an IDE,
 * plain {@code mvn}). Each task's state also goes to {@link TaskStates} for the learner CLI. Registered as a service;
 * acts only in an exercise's module of the learner's build.
 */
public final class TaskReport implements TestExecutionListener {

    /** Where the summary goes, from the module's folder. */
    static final Path FOLDER = Path.of("target", "threadlings");

    /** The environment variable {@code ./mvnw} sets when it prints the summaries itself after Maven. */
    static final String MVNW_PRINTS = "THREADLINGS_RUN_MARKER";

    private static final int MESSAGE_LENGTH = 160;

    private final Optional<Manifest> manifest = ExerciseModule.current();
    private final Map<Integer, Tally> tallies = new TreeMap<>();

    /** What one task's checks did in this run. */
    static final class Tally {
        int passed;
        int notAttempted;
        int inconclusive;
        int failed;
        String firstFailure;

        int seen() {
            return passed + notAttempted + inconclusive + failed;
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (manifest.isEmpty() || !test.isTest()) {
            return;
        }
        Throwable thrown = result.getThrowable().orElse(null);
        for (int task : ExerciseModule.tasksOf(names(test.getTags()), test.getDisplayName())) {
            synchronized (tallies) {
                count(tallies.computeIfAbsent(task, n -> new Tally()), test, result, thrown);
            }
        }
    }

    private static void count(Tally tally, TestIdentifier test, TestExecutionResult result, Throwable thrown) {
        boolean notAttempted = thrown != null && NotAttempted.isNotAttempted(thrown);
        switch (result.getStatus()) {
            case SUCCESSFUL -> tally.passed++;
            case ABORTED -> {
                if (notAttempted) {
                    tally.notAttempted++;
                } else {
                    tally.inconclusive++; // an assumption: this machine cannot tell (a speed check, say)
                }
            }
            case FAILED -> {
                if (notAttempted) {
                    tally.notAttempted++;
                } else {
                    tally.failed++;
                    if (tally.firstFailure == null) {
                        tally.firstFailure = firstLine(thrown) + "  [" + test.getDisplayName() + "]";
                    }
                }
            }
            default -> throw new IllegalStateException("unknown status " + result.getStatus());
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (manifest.isEmpty()) {
            return;
        }
        List<String> summary;
        String next;
        synchronized (tallies) {
            summary = summary(manifest.get(), tallies, System.getProperty(TaskChoice.PROPERTY, "").strip());
            next = next(manifest.get(), tallies);
            TaskStates.merge(Path.of(""), checked(tallies));
        }
        try {
            Files.createDirectories(FOLDER);
            Files.write(FOLDER.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
            Files.writeString(FOLDER.resolve("next.txt"), next, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the task summary in " + FOLDER.toAbsolutePath(), e);
        }
        if (System.getenv(MVNW_PRINTS) == null) {
            System.out.println();
            summary.forEach(System.out::println);
            if (!next.isEmpty()) {
                System.out.println(next);
            }
        }
    }

    /** The summary's lines: the exercise, then one line a task. */
    static List<String> summary(Manifest manifest, Map<Integer, Tally> tallies, String chosen) {
        int width = manifest.tasks().stream().mapToInt(t -> t.strategy().length()).max().orElse(10);
        long done = manifest.tasks().stream().filter(t -> isDone(tallies.get(t.number()))).count();
        List<String> lines = new ArrayList<>();
        lines.add(manifest.id() + ", " + manifest.title() + ": " + done + " of " + manifest.tasks().size()
                + " tasks done");
        for (Manifest.Task task : manifest.tasks()) {
            lines.add(String.format("  task %d  %-" + width + "s  %s", task.number(), task.strategy(),
                    state(tallies.get(task.number()), chosen).text()));
        }
        return lines;
    }

    /**
     * The next step: the first task not done (or not run this time), what it asks, where to read and how to run its
     * checks alone; empty when every task is done.
     */
    static String next(Manifest manifest, Map<Integer, Tally> tallies) {
        for (Manifest.Task task : manifest.tasks()) {
            if (isDone(tallies.get(task.number()))) {
                continue;
            }
            String folder = "exercises/" + manifest.id();
            return "Next: " + manifest.id() + ", task " + task.number() + " (" + task.strategy() + "): "
                    + task.goal() + ".\n      Read " + folder + "/README.md, \"Task " + task.number() + "\"; run its"
                    + " checks alone: ./mvnw test -pl " + folder + " -am -Dtask=" + task.number();
        }
        return "";
    }

    private static boolean isDone(Tally tally) {
        return tally != null && tally.firstFailure == null && tally.notAttempted == 0 && tally.passed > 0;
    }

    private static TaskStates.State state(Tally tally, String chosen) {
        if (tally == null || tally.seen() == 0) {
            return new TaskStates.State(TaskStates.Kind.NOT_RUN, chosen.isEmpty() ? "no checks ran"
                    : "not run (-D" + TaskChoice.PROPERTY + "=" + chosen + ")");
        }
        if (tally.firstFailure != null) {
            return new TaskStates.State(TaskStates.Kind.FAILING, "failing" + (tally.failed == 1 ? ""
                    : " (" + tally.failed + " checks)") + ": " + tally.firstFailure);
        }
        if (tally.notAttempted > 0) {
            return tally.passed == 0 ? new TaskStates.State(TaskStates.Kind.NOT_ATTEMPTED, "not attempted")
                    : new TaskStates.State(TaskStates.Kind.STARTED, "started: " + tally.passed + " of "
                            + tally.seen() + " checks pass, the others meet a TODO");
        }
        return new TaskStates.State(TaskStates.Kind.DONE, "done (" + tally.passed + " checks"
                + (tally.inconclusive == 0 ? "" : ", " + tally.inconclusive + " inconclusive on this machine") + ")");
    }

    /** The states of the tasks this run checked, for {@link TaskStates}. */
    static Map<Integer, TaskStates.State> checked(Map<Integer, Tally> tallies) {
        Map<Integer, TaskStates.State> states = new TreeMap<>();
        tallies.forEach((task, tally) -> {
            if (tally.seen() > 0) {
                states.put(task, state(tally, ""));
            }
        });
        return states;
    }

    private static String firstLine(Throwable thrown) {
        if (thrown == null) {
            return "failed";
        }
        String message = thrown.getMessage() == null ? thrown.getClass().getSimpleName()
                : thrown.getMessage().strip().lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        return message.length() <= MESSAGE_LENGTH ? message : message.substring(0, MESSAGE_LENGTH - 1) + "…";
    }

    private static Set<String> names(Set<TestTag> tags) {
        return tags.stream().map(TestTag::getName).collect(Collectors.toSet());
    }
}
