package dev.threadlings.grader.plan;

/**
 * How one graded test ended: the one vocabulary of the test JVM's reports, the scores and the reports. A test
 * JVM reports {@link #PASSED}, {@link #FAILED}, {@link #NOT_ATTEMPTED}, {@link #ABORTED} (also for a test
 * JUnit skipped) or {@link #TIMED_OUT}; the grader adds the others.
 */
public enum Status {
    /** Every case passed: full points. */
    PASSED("passed"),
    /** Some cases passed: points in proportion. */
    PARTIAL("partial"),
    /** The test failed: no points. */
    FAILED("failed"),
    /** The learner has not done the task yet: the stub's TODO was met. */
    NOT_ATTEMPTED("not attempted"),
    /** The test was aborted or skipped: no points, since learner code can abort a test too. */
    ABORTED("aborted"),
    /** The test ran past its own time limit, or was still running when the exercise's time ran out. */
    TIMED_OUT("timed out"),
    /** The test never ran: the time ran out or the test JVM died before it. */
    NOT_RUN("not run"),
    /** The exercise did not compile. */
    NOT_COMPILED("did not compile"),
    /** The exercise could not be graded at all (its folder is missing, the grader failed). */
    NOT_GRADED("not graded");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /**
     * The status as the summary shows it.
     *
     * @return a short lower-case label
     */
    public String label() {
        return label;
    }
}
