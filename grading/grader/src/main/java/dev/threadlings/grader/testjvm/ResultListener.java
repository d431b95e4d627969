package dev.threadlings.grader.testjvm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.threadlings.grader.json.Json;
import dev.threadlings.grader.plan.PlannedTest;
import dev.threadlings.kit.hygiene.Hang;
import dev.threadlings.kit.measure.Measurement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Reports each graded test method of a run to the results file as it starts and ends.
 *
 * <p>The invocations of a parameterized or repeated method are tallied under the method. When a
 * container fails before its tests could run (a failing {@code @BeforeAll}), its graded tests are
 * reported with the container's failure; when it is skipped, they are reported skipped.
 */
public final class ResultListener implements TestExecutionListener {

    /** The report entry key of a speed test's verdict ({@code SpeedVerdict.KEY}). */
    static final String VERDICT_KEY = "threadlings.verdict";

    private final ResultsFile results;
    private final Stop stop;
    private final long testTimeoutSeconds;
    private volatile String running;
    private final Map<String, Tally> tallies = new HashMap<>();
    private final Set<String> reported = new HashSet<>();
    private TestPlan plan;
    private Map<String, PlannedTest> units = Map.of();

    /**
     * Makes a listener that appends to {@code results}.
     *
     * @param results the results file
     */
    public ResultListener(ResultsFile results) {
        this(results, null, 0);
    }

    /**
     * Makes a listener that appends to {@code results} and, when a test runs past its time, reports it
     * with a diagnosis of the threads and stops the JVM so the tests that are left run in a fresh one.
     *
     * @param results the results file
     * @param stop how to stop the JVM, or {@code null} to go on with the next test
     * @param testTimeoutSeconds the time limit of one test, for messages
     */
    ResultListener(ResultsFile results, Stop stop, long testTimeoutSeconds) {
        this.results = results;
        this.stop = stop;
        this.testTimeoutSeconds = testTimeoutSeconds;
    }

    /**
     * The graded test now running.
     *
     * @return its unique id, or {@code null} between tests
     */
    String running() {
        return running;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
        this.units = GradedUnits.of(testPlan).units();
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        PlannedTest unit = units.get(id.getUniqueId());
        if (unit != null) {
            tallies.put(id.getUniqueId(), new Tally(unit));
            running = id.getUniqueId();
            results.append(new TestJvmEvent.Started(id.getUniqueId()));
        }
    }

    /**
     * Keeps the verdict a speed test publishes as the report entry {@value #VERDICT_KEY} (for example
     * "inconclusive: ..." with the reason), so it is shown with the test's result.
     */
    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        Optional<Tally> tally = Optional.ofNullable(tallies.get(id.getUniqueId())).or(() -> ownerOf(id));
        if (tally.isEmpty()) {
            return;
        }
        String verdict = entry.getKeyValuePairs().get(VERDICT_KEY);
        if (verdict != null) {
            tally.get().note(verdict);
        }
        String measurement = entry.getKeyValuePairs().get(Measurement.KEY);
        if (measurement != null) {
            try {
                tally.get().measured(Json.mapper().readValue(measurement, Measurement.class));
            } catch (JsonProcessingException e) {
                // Not a measurement of the kit's: the reports go without it; the score does not depend on it.
            }
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (units.containsKey(id.getUniqueId())) {
            report(new Tally(units.get(id.getUniqueId())).skipped(reason));
            return;
        }
        Optional<Tally> owner = ownerOf(id);
        if (owner.isPresent()) {
            owner.get().invocationSkipped();
            return;
        }
        forUnreportedUnitsUnder(id, unit -> report(new Tally(unit).skipped(reason)));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Throwable thrown = result.getThrowable().orElse(null);
        if (stop != null && thrown != null && Hang.isTimeout(thrown)) {
            timedOut(id);
            return;
        }
        Tally unit = tallies.get(id.getUniqueId());
        if (unit != null) {
            report(unit.finished(id.isContainer(), result));
            return;
        }
        Optional<Tally> owner = ownerOf(id);
        if (owner.isPresent()) {
            if (id.isTest()) {
                owner.get().invocation(id.getDisplayName(), result);
            }
            return;
        }
        if (id.isContainer() && result.getStatus() == TestExecutionResult.Status.FAILED) {
            forUnreportedUnitsUnder(id, planned -> report(new Tally(planned).containerFailed(id, thrown)));
        }
    }

    /** Reports the test (or every test of a set-up) that ran past its time, then stops the JVM. */
    private void timedOut(TestIdentifier id) {
        String diagnosis = Hang.diagnose();
        Optional<Tally> tally = Optional.ofNullable(tallies.get(id.getUniqueId())).or(() -> ownerOf(id));
        if (tally.isPresent()) {
            report(tally.get().timedOut(testTimeoutSeconds, diagnosis));
        } else {
            forUnreportedUnitsUnder(id, unit -> report(new Tally(unit).timedOut(testTimeoutSeconds, diagnosis)));
        }
        stop.now(null, "a test ran past its time limit",
                "a test ran past its time limit; the tests that are left run in a fresh JVM");
    }

    private void report(TestJvmEvent.Finished event) {
        if (stop != null && stop.stopping()) {
            return; // the JVM is being stopped: the test that ran is blamed with the reason, not with what followed
        }
        if (reported.add(event.id())) {
            tallies.remove(event.id());
            if (event.id().equals(running)) {
                running = null;
            }
            results.append(event);
        }
    }

    private Optional<Tally> ownerOf(TestIdentifier id) {
        if (plan == null) {
            return Optional.empty();
        }
        Optional<UniqueId> parent = id.getParentIdObject();
        while (parent.isPresent()) {
            Tally tally = tallies.get(parent.get().toString());
            if (tally != null) {
                return Optional.of(tally);
            }
            parent = plan.getTestIdentifier(parent.get()).getParentIdObject();
        }
        return Optional.empty();
    }

    private void forUnreportedUnitsUnder(TestIdentifier container, Consumer<PlannedTest> action) {
        if (plan == null) {
            return;
        }
        for (TestIdentifier descendant : plan.getDescendants(container)) {
            PlannedTest unit = units.get(descendant.getUniqueId());
            if (unit != null && !reported.contains(unit.id())) {
                action.accept(unit);
            }
        }
    }
}
