package dev.threadlings.grader.process;

import java.time.Duration;

/**
 * How a test JVM ended.
 *
 * @param exitCode its exit code; meaningless when it timed out
 * @param timedOut whether the grader killed it at its time limit
 * @param elapsed how long it ran
 * @param threadDump an excerpt of its thread dump taken at the time limit, or {@code null}
 * @param leftovers how many processes it left behind that the grader had to end
 * @param droppedBytes how much of its output went past the log's cap and was dropped
 */
public record TestJvmOutcome(int exitCode, boolean timedOut, Duration elapsed, String threadDump, int leftovers,
        long droppedBytes) {

    /**
     * An outcome whose output all fit in the log.
     *
     * @param exitCode its exit code
     * @param timedOut whether it was killed at its limit
     * @param elapsed how long it ran
     * @param threadDump the thread dump at the limit, or {@code null}
     * @param leftovers how many processes it left behind
     */
    public TestJvmOutcome(int exitCode, boolean timedOut, Duration elapsed, String threadDump, int leftovers) {
        this(exitCode, timedOut, elapsed, threadDump, leftovers, 0);
    }
}
