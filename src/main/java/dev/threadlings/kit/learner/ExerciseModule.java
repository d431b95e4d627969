package dev.threadlings.kit.learner;

import dev.threadlings.kit.junit.TodoExtension;
import dev.threadlings.kit.manifest.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The exercise whose tests run in this JVM: the manifest in the working folder, the learner's build only. */
final class ExerciseModule {

    private static final Pattern TASK_TAG = Pattern.compile("task:(\\d+)");
    private static final Pattern TASKS_NAMED = Pattern.compile("\\(tasks? (\\d+(?:,\\s*\\d+)*)\\)\\s*$");

    private ExerciseModule() {
    }

    /**
     * The manifest of the exercise being tested, when this is a learner's test run of an exercise module.
     *
     * @return the manifest; empty elsewhere (the kit's own tests, the grader's test JVM, the instructor's "expect
     *     TODO" build) or when it cannot be read
     */
    static Optional<Manifest> current() {
        if (TodoExtension.EXPECT_TODO.equals(System.getProperty(TodoExtension.MODE_PROPERTY))) {
            return Optional.empty();
        }
        Path file = Path.of(Manifest.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Manifest.read(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The tasks a test checks: its {@code task:N} tags, or, for one run of a test across strategies, the
     * "(task N)" or "(tasks 3, 4)" its display name ends with.
     *
     * @param tags the test's tags (inherited ones included)
     * @param displayName the test's display name
     * @return the tasks' numbers, none when the test names no task (a timing table, say)
     */
    static Set<Integer> tasksOf(Set<String> tags, String displayName) {
        Set<Integer> tasks = new TreeSet<>();
        for (String tag : tags) {
            Matcher matcher = TASK_TAG.matcher(tag);
            if (matcher.matches()) {
                tasks.add(Integer.parseInt(matcher.group(1)));
            }
        }
        if (tasks.isEmpty()) {
            Matcher named = TASKS_NAMED.matcher(displayName);
            if (named.find()) {
                for (String number : named.group(1).split(",\\s*")) {
                    tasks.add(Integer.parseInt(number.strip()));
                }
            }
        }
        return tasks;
    }
}
