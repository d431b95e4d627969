package dev.threadlings.hidden.common;

import static org.junit.jupiter.api.Assertions.fail;

import dev.threadlings.kit.measure.Measurement;
import dev.threadlings.kit.measure.SpeedVerdict;
import org.junit.jupiter.api.TestReporter;

/**
 * Turns a speed verdict into a test result.
 *
 * <p>A fail fails the test with the verdict's message. A pass or an inconclusive verdict passes it and
 * publishes the message as the report entry {@value #KEY}, which the grader shows with the test: an
 * inconclusive verdict loses no points, and says why. The entry travels through JUnit's own reporting
 * channel, which learner code has no handle on; and since it never turns a failure into a pass, forging
 * one would gain nothing.
 */
public final class Verdicts {

    /** The report entry key the grader reads. */
    public static final String KEY = SpeedVerdict.KEY;

    private Verdicts() {
    }

    /**
     * Publishes what was measured, then passes or fails the running test by the verdict.
     *
     * @param verdict the verdict
     * @param measurement the figures and timeline the verdict was made on, for the reports
     * @param reporter the running test's reporter
     */
    public static void enforce(SpeedVerdict verdict, Measurement measurement, TestReporter reporter) {
        publish(measurement, reporter);
        verdict.enforce(reporter);
    }

    /**
     * Publishes what a test measured as the report entry {@value Measurement#KEY}; the grader's reports
     * draw their tables, charts and timelines from it. Publish before asserting, so a failing test shows its
     * figures too.
     *
     * @param measurement the figures and timeline
     * @param reporter the running test's reporter
     */
    public static void publish(Measurement measurement, TestReporter reporter) {
        reporter.publishEntry(Measurement.KEY, measurement.toJson());
    }
}
