package dev.threadlings.kit.kernels;

import java.math.BigInteger;

/**
 * The kit's CPU-bound kernels: real work, done by real loops, recorded in the {@link KernelLog}.
 *
 * <p>Strategies must call these for every number they are given: the tests read the log to see which
 * thread or process did each call and when, and a strategy that skips a kernel, caches its results
 * across calls or hard-codes answers shows up there as missing calls.
 */
public final class Kernels {

    private Kernels() {
    }

    /**
     * Computes {@code sum(i * i for i in range(n))} exactly, by a loop over every {@code i}, as Python does.
     *
     * <p>The result outgrows a {@code long} near {@code n = 3,037,000} (the sum is about {@code n³ / 3}):
     * for {@code n = 5,000,000} it is 41,666,654,166,667,500,000, while {@code Long.MAX_VALUE} is about
     * 9.2 × 10¹⁸. So the loop adds the squares in a {@code long} and moves the running total into a
     * {@link BigInteger} just before it would overflow: exact, and nearly as fast as a plain {@code long}.
     *
     * @param n how many squares to add, from {@code 0 * 0} to {@code (n - 1) * (n - 1)}; not negative
     * @return the exact sum
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public static BigInteger sumOfSquares(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        long start = System.nanoTime();
        BigInteger total = BigInteger.ZERO;
        long partial = 0;
        for (long i = 0; i < n; i++) {
            long square = i * i;
            if (partial > Long.MAX_VALUE - square) {
                total = total.add(BigInteger.valueOf(partial));
                partial = 0;
            }
            partial += square;
        }
        total = total.add(BigInteger.valueOf(partial));
        KernelLog.record("sumOfSquares", n, start, System.nanoTime());
        return total;
    }

    /** How many recursive calls {@link #interpretedFib} makes between two checkpoints. */
    public static final int CHECKPOINT_EVERY = 4096;

    /**
     * Computes the {@code n}th Fibonacci number the slow way, by naive recursion, as the lesson does:
     * {@code fib(1) = 0}, {@code fib(2) = 1}, {@code fib(n) = fib(n - 1) + fib(n - 2)}. The work grows
     * by about 1.6 times per step of {@code n}: fib(41) costs 1.6 times fib(40).
     *
     * @param n the position, from 1; fib(92) is the last that fits in a {@code long}
     * @return the Fibonacci number
     * @throws IllegalArgumentException when {@code n} is below 1 or above 92
     */
    public static long fib(int n) {
        checkFibArgument(n);
        long start = System.nanoTime();
        long result = naiveFib(n);
        KernelLog.record("fib", n, start, System.nanoTime());
        return result;
    }

    /**
     * Computes the same Fibonacci number as {@link #fib(int)}, as an interpreter would run it: every
     * {@value #CHECKPOINT_EVERY} recursive calls it stops at a {@link Checkpoint}, where an interpreter
     * lock can hand over to a waiting thread. Between two checkpoints the kernel also checks that no other
     * thread is running this kernel at the same moment; each time one is, it counts an overlap
     * ({@link #interpreterOverlaps()}): with a global interpreter lock held around it, there must be none.
     *
     * @param n the position, from 1
     * @param checkpoint what to call at each checkpoint, on the running thread
     * @return the Fibonacci number
     * @throws IllegalArgumentException when {@code n} is below 1 or above 92
     */
    public static long interpretedFib(int n, Checkpoint checkpoint) {
        checkFibArgument(n);
        long start = System.nanoTime();
        Interpreter interpreter = new Interpreter(checkpoint);
        interpreter.enter();
        long result;
        try {
            result = interpreter.fib(n);
        } finally {
            interpreter.leave();
        }
        KernelLog.record("interpretedFib", n, start, System.nanoTime());
        return result;
    }

    /**
     * How many times, since the last {@link #resetInterpreterOverlaps()}, a thread started a stretch of
     * {@link #interpretedFib} while another thread was inside one.
     *
     * @return the count of overlaps seen
     */
    public static long interpreterOverlaps() {
        return Interpreter.OVERLAPS.get();
    }

    /** Sets the overlap count back to zero. */
    public static void resetInterpreterOverlaps() {
        Interpreter.OVERLAPS.set(0);
    }

    private static void checkFibArgument(int n) {
        if (n < 1 || n > 92) {
            throw new IllegalArgumentException("n must be between 1 and 92, was " + n);
        }
    }

    private static long naiveFib(int n) {
        if (n <= 2) {
            return n - 1;
        }
        return naiveFib(n - 1) + naiveFib(n - 2);
    }

    /** One run of the interpreted kernel: a call counter, its checkpoint, and the overlap check. */
    private static final class Interpreter {

        static final java.util.concurrent.atomic.AtomicReference<Thread> RUNNING =
                new java.util.concurrent.atomic.AtomicReference<>();
        static final java.util.concurrent.atomic.AtomicLong OVERLAPS = new java.util.concurrent.atomic.AtomicLong();

        private final Checkpoint checkpoint;
        private final Thread self = Thread.currentThread();
        private int calls;

        Interpreter(Checkpoint checkpoint) {
            this.checkpoint = checkpoint;
        }

        void enter() {
            if (!RUNNING.compareAndSet(null, self)) {
                OVERLAPS.incrementAndGet();
            }
        }

        void leave() {
            RUNNING.compareAndSet(self, null);
        }

        long fib(int n) {
            if (++calls == CHECKPOINT_EVERY) {
                calls = 0;
                leave();
                checkpoint.reached();
                enter();
            }
            if (n <= 2) {
                return n - 1;
            }
            return fib(n - 1) + fib(n - 2);
        }
    }
}
