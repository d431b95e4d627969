package dev.threadlings.kit.hygiene;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps what learner code used reachable while a hygiene check watches for leaked threads. A client or pool
 * that is never closed keeps its threads only as long as it is reachable: once the learner's code drops it, a
 * garbage collection, whenever it happens to come, ends those threads, and a check that looks a moment later
 * sees nothing. So the kit's helpers that learner code hands its clients to report them here, and during a
 * check they stay reachable: a client never closed keeps its threads where the check sees them, every time.
 *
 * <p>Outside a check nothing is kept.
 */
public final class KeptReachable {

    private static final Set<Object> KEPT = ConcurrentHashMap.newKeySet();
    private static volatile int watching;

    private KeptReachable() {
    }

    /**
     * Reports an object learner code is using; kept while a check watches, ignored otherwise.
     *
     * @param used the object, for example an {@code HttpClient}
     */
    public static void report(Object used) {
        if (watching > 0 && used != null) {
            KEPT.add(new Identity(used));
        }
    }

    /**
     * Starts keeping what is reported, until the returned scope is closed.
     *
     * @return the scope; closing it lets go of everything kept
     */
    public static Scope watch() {
        synchronized (KEPT) {
            watching++;
        }
        return new Scope();
    }

    /**
     * How many objects are kept now.
     *
     * @return the count
     */
    public static int kept() {
        return KEPT.size();
    }

    /** The time a check watches: closing it lets go of what was kept (when no other check watches). */
    public static final class Scope implements AutoCloseable {

        private boolean closed;

        private Scope() {
        }

        @Override
        public void close() {
            synchronized (KEPT) {
                if (closed) {
                    return;
                }
                closed = true;
                if (--watching == 0) {
                    KEPT.clear();
                }
            }
        }
    }

    /** Keeps an object by identity: learner objects may have any equals and hashCode. */
    private record Identity(Object used) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.used == used;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(used);
        }
    }
}
