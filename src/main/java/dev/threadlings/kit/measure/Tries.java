package dev.threadlings.kit.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Measuring again what a busy machine can spoil.
 *
 * <p>Load only ever makes a run look worse: later, slower, less overlapped, never earlier or more parallel.
 * So a run that falls short in a way load can explain is measured again, up to {@value #TIMES} times, and the
 * check judges the best of the runs. A run that settles the matter (it meets the rule, or misses it in a way
 * no load explains, such as handing a lock over too early) ends the tries at once, so a wrong strategy costs
 * one run, not three.
 */
public final class Tries {

    /** How many times a run is measured at most. */
    public static final int TIMES = 3;

    private Tries() {
    }

    /**
     * One measured run.
     *
     * @param <T> what it measures
     * @param <E> what it may throw; nothing checked when the lambda throws nothing checked
     */
    @FunctionalInterface
    public interface Run<T, E extends Exception> {

        /**
         * Runs once.
         *
         * @return what was measured
         * @throws E when the run fails: the tries end with it
         */
        T measure() throws E;
    }

    /**
     * Measures up to {@value #TIMES} times, until a run no longer asks to be measured again.
     *
     * @param run one measurement
     * @param again whether a result fell short in a way load can explain, so it is worth measuring again
     * @param <T> what a run measures
     * @param <E> what a run may throw
     * @return every result, in order; the last one ended the tries
     * @throws E what a run threw, as it was thrown
     */
    public static <T, E extends Exception> List<T> upTo(Run<T, E> run, Predicate<? super T> again) throws E {
        List<T> results = new ArrayList<>();
        do {
            results.add(run.measure());
        } while (results.size() < TIMES && again.test(results.getLast()));
        return results;
    }
}
