package dev.threadlings.kit.kernels;

/**
 * A point where a running kernel offers to let another thread in, as CPython's evaluation loop checks,
 * between bytecodes, whether another thread has asked for the interpreter lock.
 *
 * <p>{@link Kernels#interpretedFib(int, Checkpoint)} calls {@link #reached()} every
 * {@value Kernels#CHECKPOINT_EVERY} calls of its recursion (some microseconds apart).
 */
@FunctionalInterface
public interface Checkpoint {

    /** A checkpoint that never hands over: the kernel simply runs on. */
    Checkpoint NONE = () -> {
    };

    /** Called by the thread running the kernel, at regular points of its work. */
    void reached();
}
