package dev.threadlings.kit.hygiene;

import dev.threadlings.kit.CodeOwner;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Explains a test that ran past its time: the JVM's deadlock detection first, then what the threads that
 * run project code were doing, from this JVM's own thread dump. The grader's test JVM and the learner's own
 * test run both use it, so a hang reads the same in both.
 */
public final class Hang {

    /** The most lines a diagnosis keeps. */
    public static final int MAX_LINES = 50;

    private static final int MAX_FRAMES = 8;

    private Hang() {
    }

    /**
     * Tells whether a test failed because JUnit's timeout stopped it.
     *
     * @param thrown what the test threw
     * @return whether it is JUnit's "timed out after" exception
     */
    public static boolean isTimeout(Throwable thrown) {
        return thrown instanceof TimeoutException && thrown.getMessage() != null
                && thrown.getMessage().contains("timed out after");
    }

    /**
     * Describes the threads now: "Deadlocked: ..." with the threads that wait for each other, or what the
     * threads that run project code were doing.
     *
     * @return the diagnosis, at most {@link #MAX_LINES} lines
     */
    public static String diagnose() {
        return diagnose(Hang::isProjectFrame);
    }

    /**
     * Describes the threads now, showing the threads with a frame that {@code shown} accepts.
     *
     * @param shown which frames make a thread worth showing, and up to where its stack is shown
     * @return the diagnosis
     */
    public static String diagnose(Predicate<StackTraceElement> shown) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] deadlocked = threads.findDeadlockedThreads();
        ThreadInfo[] all = threads.dumpAllThreads(threads.isObjectMonitorUsageSupported(),
                threads.isSynchronizerUsageSupported());
        List<String> lines = new ArrayList<>();
        if (deadlocked != null && deadlocked.length > 0) {
            Set<Long> ids = new HashSet<>();
            Arrays.stream(deadlocked).forEach(ids::add);
            lines.add("Deadlocked: the JVM's deadlock detection found " + deadlocked.length + " threads that each"
                    + " wait for a lock that another of them holds, so none can ever go on. Take locks in one"
                    + " fixed order, or hold one at a time:");
            for (ThreadInfo info : all) {
                if (ids.contains(info.getThreadId())) {
                    describe(info, lines, shown);
                }
            }
        } else {
            lines.add("What the threads running the tests' and your code were doing (an endless loop? a wait that"
                    + " is never signalled? a task that never ends?):");
            int before = lines.size();
            for (ThreadInfo info : all) {
                if (Arrays.stream(info.getStackTrace()).anyMatch(shown)
                        && !info.getThreadName().equals(Thread.currentThread().getName())) {
                    describe(info, lines, shown);
                }
            }
            if (lines.size() == before) {
                lines.add("    (no thread was running project code)");
            }
        }
        if (lines.size() > MAX_LINES) {
            List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES));
            kept.add("    ... (thread dump cut)");
            return String.join("\n", kept);
        }
        return String.join("\n", lines);
    }

    private static boolean isProjectFrame(StackTraceElement frame) {
        return CodeOwner.of(frame.getClassName()).shownToLearners();
    }

    private static void describe(ThreadInfo info, List<String> lines, Predicate<StackTraceElement> shown) {
        StringBuilder head = new StringBuilder("\"" + info.getThreadName() + "\" " + info.getThreadState());
        LockInfo lock = info.getLockInfo();
        if (lock != null) {
            head.append(", waiting for ").append(lock);
            if (info.getLockOwnerName() != null) {
                head.append(" held by \"").append(info.getLockOwnerName()).append('"');
            }
        }
        lines.add(head.toString());
        StackTraceElement[] frames = info.getStackTrace();
        int last = -1;
        for (int i = 0; i < frames.length; i++) {
            if (shown.test(frames[i])) {
                last = i;
            }
        }
        // the top frame, then the project's frames and the call each one made, up to the last project frame
        int written = 0;
        int next = 0;
        for (int i = 0; i <= Math.max(last, 0) && i < frames.length && written < MAX_FRAMES; i++) {
            boolean keep = (i == 0 || shown.test(frames[i]) || (i + 1 < frames.length && shown.test(frames[i + 1])))
                    && !frames[i].getClassName().contains("$$Lambda");
            if (keep) {
                if (i > next) {
                    lines.add("    ...");
                }
                lines.add("    at " + frame(frames[i]));
                written++;
                next = i + 1;
            }
        }
        if (next < frames.length) {
            lines.add("    ...");
        }
    }

    /** A frame as a learner reads it: {@code Class.method(File.java:12)}, without module or loader names. */
    public static String frame(StackTraceElement frame) {
        String where = frame.getFileName() == null ? (frame.isNativeMethod() ? "Native Method" : "Unknown Source")
                : frame.getFileName() + (frame.getLineNumber() >= 0 ? ":" + frame.getLineNumber() : "");
        return frame.getClassName() + "." + frame.getMethodName() + "(" + where + ")";
    }
}
