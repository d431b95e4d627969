package dev.threadlings.grader.testjvm;

import dev.threadlings.grader.plan.Status;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is known of how each test of an exercise ended: the events its test JVMs reported, and what the
 * grader decided about the tests they could not report on (the JVM ended while one ran; a strategy hung
 * before, so its tests were not run). Scoring, the explanation of an early end and the hang bookkeeping all
 * read this one log.
 */
public final class RunLog {

    private final Map<String, TestJvmEvent.Finished> finished = new LinkedHashMap<>();
    private final Set<String> started = new HashSet<>();
    private final Map<String, String> failedWhileRunning = new LinkedHashMap<>();
    private final Map<String, String> notRun = new LinkedHashMap<>();
    private final List<TestJvmEvent.Ended> endings = new ArrayList<>();
    private String running;
    private String error;
    private boolean done;

    /**
     * The log of one test JVM's events.
     *
     * @param events the signed events, in the order written
     * @return the log
     */
    public static RunLog of(Collection<? extends TestJvmEvent> events) {
        RunLog log = new RunLog();
        events.forEach(log::add);
        return log;
    }

    /**
     * Adds one event. A test's first {@code finished} event counts; the first error counts.
     *
     * @param event the event
     */
    public void add(TestJvmEvent event) {
        switch (event) {
            case TestJvmEvent.Started s -> {
                started.add(s.id());
                running = s.id();
            }
            case TestJvmEvent.Finished f -> {
                finished.putIfAbsent(f.id(), f);
                if (f.id().equals(running)) {
                    running = null;
                }
            }
            case TestJvmEvent.Error e -> error = error == null ? e.message() : error;
            case TestJvmEvent.Ended e -> endings.add(e);
            case TestJvmEvent.Done d -> done = true;
        }
    }

    /**
     * Adds what a later test JVM of the same exercise reported and what the grader decided about it.
     *
     * @param later the later JVM's log
     */
    public void addAll(RunLog later) {
        later.finished.values().forEach(f -> finished.putIfAbsent(f.id(), f));
        started.addAll(later.started);
        later.failedWhileRunning.forEach(failedWhileRunning::putIfAbsent);
        later.notRun.forEach(notRun::putIfAbsent);
        endings.addAll(later.endings);
        running = later.running;
        error = error == null ? later.error : error;
        done |= later.done;
    }

    /**
     * Records that the test JVM ended while a test ran, so that test fails with why.
     *
     * @param id the test's unique id
     * @param message what the learner reads
     */
    public void failedWhileRunning(String id, String message) {
        if (!finished.containsKey(id)) {
            failedWhileRunning.putIfAbsent(id, message);
        }
    }

    /**
     * Records that the grader chose not to run a test.
     *
     * @param id the test's unique id
     * @param reason why, for the learner
     */
    public void notRun(String id, String reason) {
        notRun.putIfAbsent(id, reason);
    }

    /**
     * How a test finished, as its test JVM reported it.
     *
     * @param id the test's unique id
     * @return its first {@code finished} event, or empty
     */
    public Optional<TestJvmEvent.Finished> finished(String id) {
        return Optional.ofNullable(finished.get(id));
    }

    /**
     * Why a test failed without reporting: its test JVM ended while it ran.
     *
     * @param id the test's unique id
     * @return the message, or empty
     */
    public Optional<String> failedWhileRunning(String id) {
        return Optional.ofNullable(failedWhileRunning.get(id));
    }

    /**
     * Why the grader did not run a test.
     *
     * @param id the test's unique id
     * @return the reason, or empty
     */
    public Optional<String> notRunReason(String id) {
        return Optional.ofNullable(notRun.get(id));
    }

    /**
     * Tells whether a test's end is known: it reported it, or it failed when its JVM ended under it.
     *
     * @param id the test's unique id
     * @return {@code true} when nothing is left to run of it
     */
    public boolean settled(String id) {
        return finished.containsKey(id) || failedWhileRunning.containsKey(id);
    }

    /**
     * Tells whether a test started.
     *
     * @param id the test's unique id
     * @return {@code true} when a {@code started} event of it was read
     */
    public boolean started(String id) {
        return started.contains(id);
    }

    /**
     * The test that started last and did not report its end.
     *
     * @return its unique id, or empty
     */
    public Optional<String> running() {
        return Optional.ofNullable(running);
    }

    /**
     * What the test JVM said when it ended before its tests did; the first one counts.
     *
     * @return the event, or empty
     */
    public Optional<TestJvmEvent.Ended> ended() {
        return endings.stream().findFirst();
    }

    /**
     * The tests that ran past their time limit, in the order they reported.
     *
     * @return their {@code finished} events
     */
    public List<TestJvmEvent.Finished> timedOut() {
        return finished.values().stream().filter(f -> f.status() == Status.TIMED_OUT)
                .toList();
    }

    /**
     * The first error a test JVM met outside any test.
     *
     * @return its message, or empty
     */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /**
     * Tells whether a test JVM ran every test it was given and said so.
     *
     * @return {@code true} once a {@code done} event was read
     */
    public boolean done() {
        return done;
    }
}
