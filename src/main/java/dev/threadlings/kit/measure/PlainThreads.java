package dev.threadlings.kit.measure;

import java.util.ArrayList;
import java.util.List;

/**
 * A yardstick for the learner's own speed checks: the same pieces of work as a strategy's, dealt out in turn to
 * a few plain platform threads started at once and joined. What it reaches is what this machine gives right
 * now, so a learner's strategy is judged against it in the same trial, and a machine that gives nothing makes
 * the verdict inconclusive rather than failed.
 */
public final class PlainThreads {

    private PlainThreads() {
    }

    /**
     * Makes a run that deals the pieces out to {@code threads} threads, in turn, and waits for them all.
     *
     * @param threads how many threads
     * @param pieces the work, one piece after another on each thread
     * @return the run
     */
    public static Runnable dealing(int threads, List<Runnable> pieces) {
        return () -> {
            List<Thread> started = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                started.add(Thread.ofPlatform().name("threadlings-yardstick-" + t).start(() -> {
                    for (int i = first; i < pieces.size(); i += threads) {
                        pieces.get(i).run();
                    }
                }));
            }
            for (Thread thread : started) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the yardstick ran", e);
                }
            }
        };
    }

    /**
     * Makes a run that does the pieces one after another on the calling thread: the baseline.
     *
     * @param pieces the work
     * @return the run
     */
    public static Runnable oneAfterAnother(List<Runnable> pieces) {
        return () -> pieces.forEach(Runnable::run);
    }
}
