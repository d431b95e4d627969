package dev.threadlings.fibonacci;

import dev.threadlings.kit.kernels.Checkpoint;

/**
 * A global interpreter lock, as CPython has one: only the thread that holds it may run interpreted code.
 *
 * <p>A thread calls {@link #acquire()} before it runs {@code Kernels.interpretedFib(n, lock)} and
 * {@link #release()} after. While it runs, the kernel calls {@link #reached()} every few microseconds;
 * there the holder hands the lock over if another thread has been waiting for at least the switch
 * interval (CPython's {@code sys.getswitchinterval()}, 5 ms by default), and then waits its own turn to
 * get it back. The promises an implementation keeps:
 * <ul>
 *   <li>never two holders at once;</li>
 *   <li>a waiting thread gets the lock within a few switch intervals: nobody starves;</li>
 *   <li>a waiting thread sleeps (it is parked, as with {@code java.util.concurrent.locks} or a monitor's
 *       {@code wait}); it does not spin and burn a core.</li>
 * </ul>
 */
public interface InterpreterLock extends Checkpoint {

    /** Waits until the calling thread holds the lock. */
    void acquire();

    /**
     * Gives the lock up.
     *
     * @throws IllegalMonitorStateException when the calling thread does not hold it
     */
    void release();

    /**
     * Called by the holder at each checkpoint of the interpreted kernel: if another thread has waited at
     * least the switch interval, hands the lock to a waiting thread and waits to get it back; otherwise
     * returns at once.
     */
    @Override
    void reached();
}
