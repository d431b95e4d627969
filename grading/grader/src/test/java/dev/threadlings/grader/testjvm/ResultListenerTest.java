package dev.threadlings.grader.testjvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.threadlings.grader.plan.PlannedTest;
import dev.threadlings.grader.plan.Status;
import dev.threadlings.grader.testjvm.samples.ListenerSamples;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class ResultListenerTest {

    @TempDir
    static Path dir;

    static Map<String, TestJvmEvent.Finished> finished;
    static List<TestJvmEvent> events;
    static GradedUnits units;

    @BeforeAll
    static void runSamples() throws Exception {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(ListenerSamples.class))
                .configurationParameters(JUnitConfig.parameters(10))
                .build();
        Launcher launcher = LauncherFactory.create();
        TestPlan plan = launcher.discover(request);
        units = GradedUnits.of(plan);
        Path results = dir.resolve("results.jsonl");
        byte[] key = ResultsFile.newKey();
        launcher.execute(request, new ResultListener(new ResultsFile(results, key)));
        ResultsFile.Contents contents = ResultsFile.read(results, key);
        assertThat(contents.foreign()).isZero();
        events = contents.events();
        Map<String, String> methodById = units.units().values().stream()
                .collect(Collectors.toMap(PlannedTest::id, PlannedTest::methodName));
        finished = events.stream().filter(TestJvmEvent.Finished.class::isInstance)
                .map(TestJvmEvent.Finished.class::cast).collect(Collectors.toMap(e -> methodById.get(e.id()), Function.identity()));
    }

    @Test
    void plans_every_method_with_points_except_disabled_ones() {
        assertThat(units.units().values()).extracting(PlannedTest::methodName).containsExactlyInAnyOrder(
                "passes", "fails_with_a_teaching_message", "meets_a_stub", "meets_a_wrapped_stub",
                "throws_from_learner_code", "aborts_on_an_assumption", "passes_with_a_published_verdict",
                "fails_after_publishing_a_measurement", "half_of_the_cases_pass",
                "every_case_meets_a_stub", "never_runs");
        assertThat(units.warnings()).anyMatch(w -> w.contains("has_no_points"));
    }

    @Test
    void plans_display_paths_tags_and_points() {
        PlannedTest half = units.units().values().stream()
                .filter(t -> t.methodName().equals("half_of_the_cases_pass")).findFirst().orElseThrow();
        assertThat(half.name()).isEqualTo("ListenerSamples › half of the cases pass");
        assertThat(half.points()).isEqualTo(4.0);
        assertThat(half.tags()).containsExactly("correctness", "task:2");
        assertThat(half.category()).isEqualTo("correctness");
        PlannedTest nested = units.units().values().stream()
                .filter(t -> t.methodName().equals("never_runs")).findFirst().orElseThrow();
        assertThat(nested.name()).isEqualTo("ListenerSamples › Broken set up › never runs");
        assertThat(nested.className()).endsWith("ListenerSamples$Broken_set_up");
        assertThat(nested.tags()).containsExactly("correctness", "task:3");
    }

    @Test
    void reports_each_graded_test_once_started_and_once_finished() {
        assertThat(finished).hasSize(11);
        long started = events.stream().filter(TestJvmEvent.Started.class::isInstance).count();
        assertThat(started).isEqualTo(10);
    }

    @Test
    void a_passing_test_passes() {
        assertThat(finished.get("passes").status()).isEqualTo(Status.PASSED);
        assertThat(finished.get("passes").invocations()).isEqualTo(1);
    }

    @Test
    void an_assertion_keeps_its_teaching_message() {
        TestJvmEvent.Finished event = finished.get("fails_with_a_teaching_message");
        assertThat(event.status()).isEqualTo(Status.FAILED);
        assertThat(event.message()).contains("kept 1 request in flight (expected 5): try a pool")
                .doesNotContain("\tat ");
    }

    @Test
    void a_stub_is_not_attempted_even_when_wrapped() {
        assertThat(finished.get("meets_a_stub").status()).isEqualTo(Status.NOT_ATTEMPTED);
        assertThat(finished.get("meets_a_stub").message()).isEqualTo("TODO(samples/stub): write me; see README task 1");
        assertThat(finished.get("meets_a_wrapped_stub").status()).isEqualTo(Status.NOT_ATTEMPTED);
    }

    @Test
    void an_exception_is_named_with_a_few_frames_up_to_the_test() {
        TestJvmEvent.Finished event = finished.get("throws_from_learner_code");
        assertThat(event.status()).isEqualTo(Status.FAILED);
        assertThat(event.message()).startsWith("java.lang.NullPointerException")
                .contains("at dev.threadlings.grader.testjvm.samples.ListenerSamples.throws_from_learner_code")
                .doesNotContain("org.junit");
    }

    @Test
    void an_assumption_is_aborted_with_its_reason() {
        assertThat(finished.get("aborts_on_an_assumption").status()).isEqualTo(Status.ABORTED);
        assertThat(finished.get("aborts_on_an_assumption").message()).contains("one core");
    }

    @Test
    void a_published_verdict_goes_with_the_passing_result() {
        TestJvmEvent.Finished event = finished.get("passes_with_a_published_verdict");
        assertThat(event.status()).isEqualTo(Status.PASSED);
        assertThat(event.message()).isEqualTo("inconclusive: the reference was only 1.02× faster");
        assertThat(finished.get("passes").message()).isNull();
    }

    @Test
    void a_published_measurement_goes_with_the_result_through_the_results_file_and_a_malformed_one_is_dropped() {
        TestJvmEvent.Finished event = finished.get("fails_after_publishing_a_measurement");
        assertThat(event.status()).isEqualTo(Status.FAILED);
        assertThat(event.measurements()).containsExactly(ListenerSamples.MEASUREMENT);
        assertThat(event.measurements().get(0).spans().get(0).lane()).isEqualTo("worker \"1\"\t<a>");
        assertThat(finished.get("passes").measurements()).isEmpty();
    }

    @Test
    void a_parameterized_test_counts_its_cases() {
        TestJvmEvent.Finished event = finished.get("half_of_the_cases_pass");
        assertThat(event.status()).isEqualTo(Status.FAILED);
        assertThat(event.invocations()).isEqualTo(4);
        assertThat(event.passed()).isEqualTo(2);
        assertThat(event.message()).startsWith("2 of 4 cases passed.").contains("case 3").contains("case 4");
    }

    @Test
    void a_parameterized_test_whose_cases_all_meet_a_stub_is_not_attempted() {
        TestJvmEvent.Finished event = finished.get("every_case_meets_a_stub");
        assertThat(event.status()).isEqualTo(Status.NOT_ATTEMPTED);
        assertThat(event.message()).startsWith("TODO(samples/stub)");
    }

    @Test
    void a_test_under_a_failed_set_up_reports_the_set_up_failure() {
        assertThat(finished.get("never_runs").status()).isEqualTo(Status.NOT_ATTEMPTED);
        assertThat(finished.get("never_runs").message()).startsWith("TODO(samples/stub)");
    }
}
