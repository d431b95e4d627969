package dev.threadlings.fibonacci;

import java.time.Duration;

/**
 * CPython's global interpreter lock: one holder at a time; at a checkpoint the holder hands over to a
 * thread that has waited at least the switch interval; waiters sleep and never starve.
 */
public class GlobalInterpreterLock implements InterpreterLock {

    /** CPython's default, {@code sys.getswitchinterval()}: 5 ms. */
    public static final Duration CPYTHON_SWITCH_INTERVAL = Duration.ofMillis(5);

    private final Duration switchInterval;

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
        this.switchInterval = switchInterval;
    }

    @Override
    public void acquire() {
        throw new UnsupportedOperationException(
                "TODO(fibonacci/gil): wait (sleeping, not spinning) until no one holds the lock and it is this"
                        + " thread's turn, then hold it; see README task 3");
    }

    @Override
    public void release() {
        throw new UnsupportedOperationException(
                "TODO(fibonacci/gil): give the lock up and wake the waiters; throw IllegalMonitorStateException if"
                        + " the calling thread does not hold it; see README task 3");
    }

    @Override
    public void reached() {
        throw new UnsupportedOperationException(
                "TODO(fibonacci/gil): if a thread has waited at least " + switchInterval.toMillis() + " ms, hand"
                        + " the lock to the longest-waiting one and wait for your turn again; else return at once;"
                        + " see README task 3");
    }
}
