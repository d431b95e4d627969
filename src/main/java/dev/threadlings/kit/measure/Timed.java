package dev.threadlings.kit.measure;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value with the wall time it took to compute.
 *
 * @param value what the work returned
 * @param elapsed how long it took, by {@link System#nanoTime()}
 * @param <T> the value's type
 */
public record Timed<T>(T value, Duration elapsed) {

    /**
     * Runs the work once and times it.
     *
     * @param work the work to time
     * @param <T> its result's type
     * @return the result and the elapsed wall time
     */
    public static <T> Timed<T> of(Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The elapsed time in whole milliseconds.
     *
     * @return {@code elapsed().toMillis()}
     */
    public long millis() {
        return elapsed.toMillis();
    }
}
