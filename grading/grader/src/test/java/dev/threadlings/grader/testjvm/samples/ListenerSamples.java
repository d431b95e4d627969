package dev.threadlings.grader.testjvm.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.measure.Measurement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hidden-test look-alikes for the listener's tests; not run by surefire (the name matches no pattern). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Tag("correctness")
public class ListenerSamples {

    static int stub() {
        throw new UnsupportedOperationException("TODO(samples/stub): write me; see README task 1");
    }

    @Test
    @Tag("task:1")
    @Points(2)
    void passes() {
        assertThat(1 + 1).isEqualTo(2);
    }

    @Test
    @Tag("task:1")
    @Points(1)
    void fails_with_a_teaching_message() {
        assertThat(1).as("SampleDownloader kept 1 request in flight (expected 5): try a pool").isEqualTo(5);
    }

    @Test
    @Tag("task:1")
    @Points(1)
    void meets_a_stub() {
        stub();
    }

    @Test
    @Tag("task:1")
    @Points(1)
    void meets_a_wrapped_stub() {
        try {
            stub();
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException("wrapped", e);
        }
    }

    @Test
    @Tag("task:1")
    @Points(1)
    void throws_from_learner_code() {
        Object nothing = null;
        nothing.hashCode();
    }

    @Test
    @Tag("task:1")
    @Points(1)
    void aborts_on_an_assumption() {
        Assumptions.assumeTrue(false, "one core: no parallelism to see");
    }

    @Test
    @Tag("task:1")
    @Points(1)
    void passes_with_a_published_verdict(org.junit.jupiter.api.TestReporter reporter) {
        reporter.publishEntry("unrelated", "ignored");
        reporter.publishEntry("threadlings.verdict", "inconclusive: the reference was only 1.02× faster");
    }

    @Test
    @Tag("task:1")
    @Points(1)
    void fails_after_publishing_a_measurement(org.junit.jupiter.api.TestReporter reporter) {
        reporter.publishEntry(Measurement.KEY, MEASUREMENT.toJson());
        reporter.publishEntry(Measurement.KEY, "{not a measurement");
        org.junit.jupiter.api.Assertions.fail("ThreadedSumOfSquares(2) was 1.38× faster; at least 1.40× expected");
    }

    /** What a speed test measured: its figures and a timeline with a name that needs escaping. */
    public static final Measurement MEASUREMENT = new Measurement("ThreadedSumOfSquares(2)", 290, null, 400.0, 200.0,
            1.38, 2.0, 1.4, 1.9, "fail", Measurement.THREADS, java.util.List.of(
                    new Measurement.Span("worker \"1\"\t<a>", 0.5, 120.25, "sumOfSquares(5000000)"),
                    new Measurement.Span("worker 2", 1, 119, "sumOfSquares(5000001)")), 0);

    @Test
    @Tag("task:1")
    @Points(1)
    @Disabled("not graded")
    void is_disabled() {
    }

    @Test
    void has_no_points() {
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    @Tag("task:2")
    @Points(4)
    void half_of_the_cases_pass(int n) {
        assertThat(n).as("case %d", n).isLessThanOrEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    @Tag("task:2")
    @Points(2)
    void every_case_meets_a_stub(int n) {
        stub();
    }

    /** A class whose set-up fails before its tests run. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Tag("task:3")
    class Broken_set_up {

        @BeforeAll
        void start() {
            stub();
        }

        @Test
        @Points(3)
        void never_runs() {
        }
    }
}
