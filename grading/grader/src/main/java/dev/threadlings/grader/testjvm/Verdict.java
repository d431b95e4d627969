package dev.threadlings.grader.testjvm;

/** How one graded test method ended in the test JVM. */
public enum Verdict {
    /** Every invocation passed. */
    PASSED,
    /** At least one invocation failed with something other than a stub's TODO. */
    FAILED,
    /** Nothing passed, and every failure was a stub's TODO. */
    NOT_ATTEMPTED,
    /** Every invocation was aborted (an assumption failed: the evidence was inconclusive). */
    ABORTED,
    /** JUnit skipped the test (a condition disabled it). */
    SKIPPED,
    /** The test ran past its time limit and was stopped. */
    TIMED_OUT
}
