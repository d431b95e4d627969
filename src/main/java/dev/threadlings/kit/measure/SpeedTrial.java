package dev.threadlings.kit.measure;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures a learner's strategy against the kit's reference of the same kind, honestly: warm-up first, then rounds in which the baseline, the reference and the
 * learner's strategy each run once, in an order that rotates from round to round, so that noise (a busy
 * neighbour, a frequency change, a GC) slows all three alike; the comparison uses medians.
 *
 * <p>The baseline is the reference doing the same work without parallelism (the sequential reference,
 * or one worker process for a multiprocess strategy), never the learner's own sequential strategy, which
 * a learner could slow down. Before the rounds, the trial also measures how busy this JVM is while
 * nothing should run: something left running by earlier calls would steal the cores being measured.
 * A strategy still {@value #FAR_TOO_SLOW} times slower than the reference after two rounds ends the
 * trial early, and so does a warm-up run that slow and longer than a second (a cold JIT never costs that
 * much): it has failed, and a slow wrong answer should not cost the grader minutes. Trials on one machine take
 * turns ({@link MachineTurn}): two at once would measure each other.
 *
 * @param warmups how many times each contender runs before measuring (class loading, JIT)
 * @param rounds how many measured runs of each contender
 * @param clock how CPU time is read: this JVM only, or with its child processes
 */
public record SpeedTrial(int warmups, int rounds, CpuClock clock) {

    /** How long the idle check watches this JVM's threads. */
    static final long IDLE_MILLIS = 200;

    /**
     * After two rounds, a learner's strategy this many times slower than the reference (medians) has
     * failed beyond doubt, and the trial stops early.
     */
    static final double FAR_TOO_SLOW = 4;

    /** Learner runs shorter than this (median) never end a trial early: finishing it costs little. */
    static final long WORTH_STOPPING_NANOS = 50_000_000L;

    /** A warm-up run of the learner's strategy this long and far too slow ends the trial at once. */
    static final long GIVE_UP_AFTER_NANOS = 1_000_000_000L;

    /** Validates the settings. */
    public SpeedTrial {
        if (warmups < 0 || rounds < 1 || clock == null) {
            throw new IllegalArgumentException("warmups >= 0, rounds >= 1 and a clock expected");
        }
    }

    /**
     * Runs the trial.
     *
     * @param baseline the reference without parallelism
     * @param reference the reference strategy of the kind being judged
     * @param learner the learner's strategy
     * @return every measured run, for medians and verdicts
     */
    @SuppressWarnings("try") // the turn is held while the trial runs
    public Comparison run(Runnable baseline, Runnable reference, Runnable learner) {
        try (MachineTurn turn = MachineTurn.take()) {
            return measure(baseline, reference, learner);
        }
    }

    private Comparison measure(Runnable baseline, Runnable reference, Runnable learner) {
        Runnable[] contenders = {baseline, reference, learner};
        for (int i = 0; i < warmups; i++) {
            List<CpuUse> warm = new ArrayList<>();
            for (Runnable contender : contenders) {
                warm.add(clock.measure(contender));
            }
            if (farTooSlow(warm.subList(1, 2), warm.subList(2, 3)) && warm.get(2).wallNanos() > GIVE_UP_AFTER_NANOS) {
                // Already hopeless in the warm-up: judge that run rather than spend minutes on more.
                return new Comparison(warm.subList(0, 1), warm.subList(1, 2), warm.subList(2, 3),
                        CpuClock.idle(IDLE_MILLIS));
            }
        }
        CpuUse idle = CpuClock.idle(IDLE_MILLIS);
        List<List<CpuUse>> runs = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < contenders.length; k++) {
                int which = (round + k) % contenders.length;
                runs.get(which).add(clock.measure(contenders[which]));
            }
            if (round >= 1 && farTooSlow(runs.get(1), runs.get(2))) {
                break; // more rounds cannot change the verdict; they would only cost time
            }
        }
        return new Comparison(runs.get(0), runs.get(1), runs.get(2), idle);
    }

    private static boolean farTooSlow(List<CpuUse> reference, List<CpuUse> learner) {
        double learnerNanos = Comparison.median(learner, CpuUse::wallNanos);
        // Runs this short cost nothing to finish, and one preemption can make them look many times slower.
        return learnerNanos > WORTH_STOPPING_NANOS
                && learnerNanos > FAR_TOO_SLOW * Comparison.median(reference, CpuUse::wallNanos);
    }
}
