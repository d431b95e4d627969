package dev.threadlings.grader.testjvm;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ends the test JVM on purpose, saying why, so the grader runs the tests that are left in a fresh one.
 *
 * <p>After a test ran past its time its threads may still spin or hold locks, and a runaway (thousands of
 * threads or processes) makes every later measurement worthless; a fresh JVM is the only clean state.
 */
final class Stop {

    /** The exit code of a test JVM that stopped itself; the grader then runs the tests that are left. */
    static final int EXIT_CODE = 75;

    private final ResultsFile results;
    private final AtomicBoolean stopping = new AtomicBoolean();

    Stop(ResultsFile results) {
        this.results = results;
    }

    /**
     * Tells whether the JVM is being stopped: from then on, what a test reports is not believed (its threads
     * see their processes killed under them, and would blame that on the strategy instead of the cause).
     *
     * @return {@code true} once {@link #now} was called
     */
    boolean stopping() {
        return stopping.get();
    }

    /**
     * Records why, ends every process the tests started, and halts; a second caller just waits for the end.
     *
     * @param testId the graded test that was running, or {@code null}
     * @param summary what happened in a few words, such as "a thread bomb"
     * @param cause what happened, for the learner
     */
    void now(String testId, String summary, String cause) {
        if (stopping.compareAndSet(false, true)) {
            try {
                results.append(new TestJvmEvent.Ended(testId, summary, cause));
            } finally {
                System.out.flush();
                System.err.flush();
                ProcessReaping.killDescendantsOfThisJvm();
                Runtime.getRuntime().halt(EXIT_CODE);
            }
        }
        while (true) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                // the halt is on its way
            }
        }
    }
}
