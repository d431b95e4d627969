package dev.threadlings.kit.learner;

import dev.threadlings.kit.hygiene.Hang;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * A check that hangs, told as the grader tells it: past its time limit (the exercise modules give every test one,
 * 60 s unless it says otherwise), the test fails with what its threads were doing, or the deadlock the JVM found,
 * and the likely causes. And nothing a test started outlives it: worker processes it left running are ended.
 * Once a task's strategy hung, the task's other checks are skipped, saying so. An extension the exercise modules'
 * test runs load on their own.
 */
public final class HangReport implements TestExecutionExceptionHandler, BeforeEachCallback, AfterEachCallback,
        ExecutionCondition {

    /** How the skip reason of a check whose task hung before begins. */
    public static final String SKIPPED_AFTER_HANG = "skipped: this task's strategy hung in";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HangReport.class);

    static {
        // A hung call can start workers after its test has ended and been cleaned up; whatever is still running
        // when the test JVM exits is ended then, so a learner's build never leaves a worker JVM behind
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().descendants()
                .forEach(ProcessHandle::destroyForcibly), "threadlings-end-leftover-processes"));
    }

    /**
     * Once a task's strategy hung, its other checks are skipped, saying where it hung (as the grader does): each
     * would only wait out its own time limit. The record lives in the test run's root context, so each run
     * starts afresh.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty() || ExerciseModule.current().isEmpty()) {
            return ConditionEvaluationResult.enabled("not a check of an exercise");
        }
        Map<Integer, String> hung = hung(context);
        for (int task : ExerciseModule.tasksOf(context.getTags(), context.getDisplayName())) {
            if (hung.containsKey(task)) {
                return ConditionEvaluationResult.disabled(SKIPPED_AFTER_HANG + " " + hung.get(task)
                        + "; once that check ends in time, this one runs");
            }
        }
        return ConditionEvaluationResult.enabled("its task has not hung");
    }

    @SuppressWarnings("unchecked")
    private static Map<Integer, String> hung(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("hung", k -> new ConcurrentHashMap<>(),
                Map.class);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (!Hang.isTimeout(thrown)) {
            throw thrown;
        }
        for (int task : ExerciseModule.tasksOf(context.getTags(), context.getDisplayName())) {
            hung(context).putIfAbsent(task, "\"" + context.getDisplayName() + "\"");
        }
        AssertionError hung = new AssertionError(context.getDisplayName() + " did not finish: " + thrown.getMessage()
                + ". It hangs; the likely causes: a future or a join that waits for something that never ends, a"
                + " lock taken and never released (or two threads each waiting for the other's), a worker process"
                + " that never exits (is its input closed?), an endless loop.\n" + Hang.diagnose());
        hung.initCause(thrown);
        throw hung;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("processes", descendants());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        @SuppressWarnings("unchecked")
        Set<Long> before = context.getStore(NAMESPACE).get("processes", Set.class);
        if (before == null) {
            return;
        }
        List<ProcessHandle> left = ProcessHandle.current().descendants()
                .filter(p -> !before.contains(p.pid()) && p.isAlive()).toList();
        if (left.isEmpty()) {
            return;
        }
        left.forEach(ProcessHandle::destroyForcibly);
        System.err.printf("[threadlings] %s left %d process(es) running (pid %s); ended them. A strategy waits for"
                + " its workers to exit (or destroys them) before it returns, also when it fails.%n",
                context.getDisplayName(), left.size(), left.stream().map(p -> Long.toString(p.pid()))
                        .collect(Collectors.joining(", ")));
    }

    private static Set<Long> descendants() {
        return ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
    }
}
