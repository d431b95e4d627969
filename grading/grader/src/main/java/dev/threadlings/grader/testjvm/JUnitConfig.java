package dev.threadlings.grader.testjvm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JUnit configuration of a grading run: the Jupiter engine only, per-test timeouts in a separate
 * thread, nothing parallel.
 */
public final class JUnitConfig {

    /**
     * The only engine that runs hidden tests. Graded tests are Jupiter methods with {@code @Points}
     * (ArchUnit rules included: they are checked inside Jupiter tests); other engines on the class path,
     * such as ArchUnit's own, would only slow discovery down by scanning the whole class path.
     */
    public static final String ENGINE = "junit-jupiter";

    private JUnitConfig() {
    }

    /**
     * The configuration parameters for a run.
     *
     * @param testTimeoutSeconds how long one test may run before JUnit fails it and moves on
     * @return the parameters, to pass to the discovery request
     */
    public static Map<String, String> parameters(long testTimeoutSeconds) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("junit.jupiter.execution.timeout.default", testTimeoutSeconds + " s");
        config.put("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD");
        config.put("junit.jupiter.execution.parallel.enabled", "false");
        config.put("junit.platform.stacktrace.pruning.enabled", "true");
        return config;
    }
}
