package dev.threadlings.kit.learner;

import dev.threadlings.kit.manifest.Manifest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * {@code -Dtask=2} (or a class of the task by name, or {@code -Dtask=2,3}): only the checks of those tasks
 * run; the others are skipped, saying why. An extension the exercise modules' test runs load on their own (the
 * root pom switches on JUnit's extension autodetection there); it acts only when the property is set, in an
 * exercise's module of the learner's build.
 */
public final class TaskChoice implements ExecutionCondition {

    /** The system property that chooses the tasks (Maven passes {@code -Dtask=...} on to the tests). */
    public static final String PROPERTY = "task";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String wanted = System.getProperty(PROPERTY, "").strip();
        if (wanted.isEmpty() || context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("no task chosen, or not a test");
        }
        Optional<Manifest> manifest = ExerciseModule.current();
        if (manifest.isEmpty()) {
            return ConditionEvaluationResult.enabled("not an exercise's tests");
        }
        Set<Integer> tasks = ExerciseModule.tasksOf(context.getTags(), context.getDisplayName());
        boolean template = context.getParent().flatMap(ExtensionContext::getTestMethod).isEmpty()
                && AnnotationSupport.isAnnotated(context.getTestMethod(), TestTemplate.class);
        if (tasks.isEmpty() && template) {
            return ConditionEvaluationResult.enabled("each run of it names its task");
        }
        Set<Integer> chosen = chosen(manifest.get(), wanted);
        return tasks.stream().anyMatch(chosen::contains)
                ? ConditionEvaluationResult.enabled("a check of task " + tasks)
                : ConditionEvaluationResult.disabled("not a check of -D" + PROPERTY + "=" + wanted);
    }

    /**
     * The tasks a {@code -Dtask} value names: numbers, or the classes of the tasks, separated by commas.
     *
     * @param manifest the exercise
     * @param wanted the property's value
     * @return the task numbers; a name that matches no task adds none
     */
    static Set<Integer> chosen(Manifest manifest, String wanted) {
        Set<Integer> tasks = new TreeSet<>();
        for (String part : wanted.split(",")) {
            String name = part.strip();
            if (name.matches("\\d+")) {
                tasks.add(Integer.parseInt(name));
                continue;
            }
            for (Manifest.Task task : manifest.tasks()) {
                if (task.classes().stream().anyMatch(c -> c.name().toLowerCase(Locale.ROOT)
                        .equals(name.toLowerCase(Locale.ROOT)))) {
                    tasks.add(task.number());
                }
            }
        }
        return tasks;
    }
}
