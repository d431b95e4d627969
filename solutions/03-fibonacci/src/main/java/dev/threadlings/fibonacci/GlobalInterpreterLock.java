package dev.threadlings.fibonacci;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * CPython's global interpreter lock, built from a {@link ReentrantLock} and a {@link Condition}.
 *
 * <p>Waiting threads queue up in arrival order and sleep on the condition. At a checkpoint, the holder
 * looks at the longest-waiting thread: once that one has waited a whole switch interval, the holder
 * gives the lock to it and joins the back of the queue itself. So two threads take turns about every
 * switch interval, nobody starves, and a waiter burns no CPU.
 */
public class GlobalInterpreterLock implements InterpreterLock {

    /** CPython's default, {@code sys.getswitchinterval()}: 5 ms. */
    public static final Duration CPYTHON_SWITCH_INTERVAL = Duration.ofMillis(5);

    private final long intervalNanos;
    private final ReentrantLock guard = new ReentrantLock();
    private final Condition changed = guard.newCondition();
    private final Deque<Waiter> queue = new ArrayDeque<>();
    private Thread holder;
    private volatile int waiting; // read without the guard at every checkpoint: the common case is nobody

    private record Waiter(Thread thread, long since) {
    }

    /** Makes a lock with CPython's switch interval. */
    public GlobalInterpreterLock() {
        this(CPYTHON_SWITCH_INTERVAL);
    }

    /**
     * Makes a lock with the given switch interval.
     *
     * @param switchInterval how long a thread waits at most before the holder hands over; positive
     */
    public GlobalInterpreterLock(Duration switchInterval) {
        if (switchInterval.isNegative() || switchInterval.isZero()) {
            throw new IllegalArgumentException("the switch interval must be positive, was " + switchInterval);
        }
        this.intervalNanos = switchInterval.toNanos();
    }

    @Override
    public void acquire() {
        guard.lock();
        try {
            if (holder == null && queue.isEmpty()) {
                holder = Thread.currentThread();
                return;
            }
            waitForTurn();
        } finally {
            guard.unlock();
        }
    }

    @Override
    public void release() {
        guard.lock();
        try {
            requireHolder();
            holder = null;
            changed.signalAll();
        } finally {
            guard.unlock();
        }
    }

    @Override
    public void reached() {
        if (waiting == 0) {
            return;
        }
        guard.lock();
        try {
            requireHolder();
            Waiter first = queue.peekFirst();
            if (first == null || System.nanoTime() - first.since() < intervalNanos) {
                return;
            }
            holder = null;
            changed.signalAll();
            waitForTurn();
        } finally {
            guard.unlock();
        }
    }

    /** Joins the back of the queue and sleeps until this thread is first and the lock is free. */
    private void waitForTurn() {
        Waiter me = new Waiter(Thread.currentThread(), System.nanoTime());
        queue.addLast(me);
        waiting = queue.size();
        boolean interrupted = false;
        while (holder != null || queue.peekFirst() != me) {
            try {
                changed.await();
            } catch (InterruptedException e) {
                interrupted = true; // like CPython, a thread cannot leave the queue half-way; keep the flag
            }
        }
        queue.removeFirst();
        waiting = queue.size();
        holder = me.thread();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void requireHolder() {
        if (holder != Thread.currentThread()) {
            throw new IllegalMonitorStateException(Thread.currentThread().getName() + " does not hold the lock"
                    + (holder == null ? "" : "; " + holder.getName() + " does"));
        }
    }
}
