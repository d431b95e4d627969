package dev.threadlings.fibonacci;

import java.util.List;

/**
 * Computes Fibonacci numbers by the kit's naive recursive kernel: the CPU-bound work of exercise 03,
 * where the lesson's CPython needed 64.5 s for fib(40) and fib(41) one after the other, and 64.0 s on two
 * threads, because of its global interpreter lock.
 *
 * <p>The contract every strategy keeps:
 * <ul>
 *   <li>one result per position, in the order of the input list (duplicates included), each computed by
 *       the kit's kernels during this call ({@link dev.threadlings.kit.kernels.Kernels#fib(int)}, or
 *       {@link dev.threadlings.kit.kernels.Kernels#interpretedFib} under an interpreter lock, or the
 *       kernel on smaller positions added up, for fork/join): no shortcuts, no caching across calls;</li>
 *   <li>a position outside 1..92 makes the whole call throw {@code IllegalArgumentException}, before any
 *       work starts;</li>
 *   <li>the strategy owns every thread, executor and process it makes: none is left alive after
 *       {@code fibs} returns, or, for one kept across calls, after {@link #close()}.</li>
 * </ul>
 */
public interface FibonacciRunner extends AutoCloseable {

    /**
     * Computes {@code fib(n)} for each position, in input order ({@code fib(1) = 0}, {@code fib(2) = 1}).
     *
     * @param ns the positions, each from 1 to 92; may be empty, may hold duplicates
     * @return one result per position, in the order of {@code ns}
     */
    List<Long> fibs(List<Integer> ns);

    /** Releases whatever the strategy keeps across calls; by default it keeps nothing. */
    @Override
    default void close() {
    }
}
