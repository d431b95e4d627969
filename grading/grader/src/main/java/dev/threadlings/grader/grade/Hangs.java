package dev.threadlings.grader.grade;

import dev.threadlings.grader.plan.GradedTest;
import dev.threadlings.grader.plan.PlannedTest;
import dev.threadlings.grader.testjvm.RunLog;
import dev.threadlings.grader.testjvm.TestJvmEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The strategies that hung while an exercise was graded: a test of theirs ran past its time limit.
 *
 * <p>A strategy is the README task its tests are tagged with ({@code task:N}). Once one of its tests hung,
 * its other tests are not run: a strategy that hangs on one call most likely hangs on the next, and each
 * would only wait out the limit again, spending the exercise's time that the other strategies need. So a
 * hang costs one test limit, and the other strategies are graded as if the hanging one were a stub.
 */
final class Hangs {

    /** The tag prefix that names a test's README task. */
    static final String TASK_TAG = "task:";

    private static final Pattern FRAME = Pattern.compile("at ([\\w$.]+)\\.[\\w$<>]+\\(");
    private static final int MAX_DIAGNOSIS = 3000;
    private static final int NOT_RUN_LINES = 8;

    /**
     * One hang.
     *
     * @param task the task tag of the strategy that hung, for example {@code task:2}
     * @param test the test that ran past its limit
     * @param strategy the learner class whose code the hung threads ran, or {@code null} when none showed
     * @param diagnosis what the threads were doing at the limit
     * @param time how long the test ran before it was stopped
     */
    record Hang(String task, PlannedTest test, String strategy, String diagnosis, Duration time) {

        /** The hang in a few words: {@code "ThreadedSumOfSquares (task 2) hung in 'CorrectnessTest › …'"}. */
        String summary() {
            return who() + " hung in '" + test.name() + "'";
        }

        private String who() {
            String number = task.substring(TASK_TAG.length());
            return strategy == null ? "task " + number : strategy + " (task " + number + ")";
        }

        /** Why a later test of the same strategy was not run, with the start of what its threads were doing. */
        String reasonNotRun() {
            List<String> lines = diagnosis.lines().toList();
            String excerpt = String.join("\n", lines.subList(0, Math.min(lines.size(), NOT_RUN_LINES)))
                    + (lines.size() > NOT_RUN_LINES ? "\n    ... (the whole dump is on that test)" : "");
            return "Not run: " + who() + " hung in an earlier test, '" + test.name() + "', which was stopped after "
                    + time.toSeconds() + " s; its other tests were not run, since each would only wait out its"
                    + " limit too, and the time is the other strategies'. Find the hang first (an endless loop? a wait"
                    + " that is never signalled? a worker that never exits?)."
                    + (excerpt.isBlank() ? "" : "\n" + excerpt);
        }
    }

    private final Set<String> learnerClasses;
    private final Map<String, Hang> byTask = new LinkedHashMap<>();
    private final Map<String, Integer> skipped = new HashMap<>();

    /**
     * Makes an empty record of hangs.
     *
     * @param learnerClasses the binary names of the learner's classes, to name the strategy that hung
     */
    Hangs(Set<String> learnerClasses) {
        this.learnerClasses = Set.copyOf(learnerClasses);
    }

    /**
     * The binary names of the classes in a folder of compiled classes.
     *
     * @param classes the folder
     * @return the names, nested classes included
     * @throws IOException when the folder cannot be read
     */
    static Set<String> classNames(Path classes) throws IOException {
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String relative = classes.relativize(f).toString();
                names.add(relative.substring(0, relative.length() - ".class".length()).replace(f.getFileSystem()
                        .getSeparator(), "."));
            });
        }
        return names;
    }

    /**
     * Notes the tests of one test JVM that ran past their limit.
     *
     * @param log the log of that JVM's signed events
     * @param plan the exercise's tests
     * @return how long those tests ran, which is not charged to the exercise's time
     */
    Duration note(RunLog log, List<GradedTest> plan) {
        Duration hung = Duration.ZERO;
        for (TestJvmEvent.Finished event : log.timedOut()) {
            Duration time = Duration.ofMillis(event.millis());
            hung = hung.plus(time);
            Optional<PlannedTest> test = plan.stream().map(GradedTest::test).filter(t -> t.id().equals(event.id()))
                    .findFirst();
            Optional<String> task = test.flatMap(Hangs::taskOf);
            if (task.isPresent() && !byTask.containsKey(task.get())) {
                String diagnosis = diagnosisOf(event.message());
                byTask.put(task.get(), new Hang(task.get(), test.get(), strategyIn(diagnosis), diagnosis, time));
            }
        }
        return hung;
    }

    /**
     * Decides whether a test is still to be run: not when its strategy hung in an earlier test.
     *
     * @param test a test not yet run
     * @return why it is not run, or empty when it is to be run
     */
    Optional<String> skip(PlannedTest test) {
        Optional<Hang> hang = taskOf(test).map(byTask::get);
        hang.ifPresent(h -> skipped.merge(h.task(), 1, Integer::sum));
        return hang.map(Hang::reasonNotRun);
    }

    /**
     * The hangs in words, for the exercise's problem: one line each, in the order they happened.
     *
     * @return the lines
     */
    List<String> problems() {
        List<String> lines = new ArrayList<>();
        for (Hang hang : byTask.values()) {
            int others = skipped.getOrDefault(hang.task(), 0);
            lines.add(hang.summary() + " and was stopped after " + hang.time().toSeconds() + " s; "
                    + (others == 0 ? "no other test of it was left" : "its " + others + " other test"
                    + (others == 1 ? " was" : "s were") + " not run") + ". The other strategies were graded as usual.");
        }
        return lines;
    }

    private static Optional<String> taskOf(PlannedTest test) {
        return test.tags().stream().filter(t -> t.startsWith(TASK_TAG)).findFirst();
    }

    /** The thread dump part of a timed-out test's message: every line after the first, capped. */
    private static String diagnosisOf(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        String diagnosis = newline < 0 ? "" : message.substring(newline + 1);
        return diagnosis.length() <= MAX_DIAGNOSIS ? diagnosis : diagnosis.substring(0, MAX_DIAGNOSIS) + "\n    ...";
    }

    /** The simple name of the first learner class in the diagnosis's frames. */
    private String strategyIn(String diagnosis) {
        Matcher frames = FRAME.matcher(diagnosis);
        while (frames.find()) {
            String name = frames.group(1);
            if (learnerClasses.contains(name)) {
                String topLevel = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
                return topLevel.substring(topLevel.lastIndexOf('.') + 1);
            }
        }
        return null;
    }
}
