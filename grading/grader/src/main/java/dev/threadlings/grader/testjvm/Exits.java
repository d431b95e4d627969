package dev.threadlings.grader.testjvm;

import dev.threadlings.kit.hygiene.Hang;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Notices {@code System.exit} and {@code Runtime.exit}: a shutdown hook finds the thread that called
 * it and records who did, while the test that was running is known.
 *
 * <p>The test JVM itself ends with {@code Runtime.halt}, which runs no hook, so the hook only ever runs
 * when something else ended the JVM. A signal (the grader's time limit) runs it too; then no thread is in
 * {@code exit} and nothing is recorded.
 */
final class Exits {

    private Exits() {
    }

    /**
     * Registers the hook.
     *
     * @param results where to record the exit
     * @param runningTest the unique id of the graded test now running, or {@code null}
     */
    static void watch(ResultsFile results, Supplier<String> runningTest) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            String caller = caller(Thread.getAllStackTraces());
            if (caller != null) {
                results.append(new TestJvmEvent.Ended(runningTest.get(), "System.exit", "System.exit was called by " + caller
                        + ": it ends the whole JVM, with the tests in it. A strategy must return its results or"
                        + " throw; it must never exit."));
            }
        }, "threadlings-exit-watch"));
    }

    /**
     * The frame that called {@code System.exit} or {@code Runtime.exit}, if a thread is in one.
     *
     * @param stacks the stacks of all threads
     * @return the caller's frame, {@code Class.method(File.java:12)}, or {@code null}
     */
    static String caller(Map<Thread, StackTraceElement[]> stacks) {
        for (StackTraceElement[] frames : stacks.values()) {
            int exit = -1;
            for (int i = 0; i < frames.length; i++) {
                boolean inExit = frames[i].getClassName().equals("java.lang.Shutdown")
                        || (frames[i].getClassName().equals("java.lang.Runtime") && frames[i].getMethodName().equals("exit"))
                        || (frames[i].getClassName().equals("java.lang.System") && frames[i].getMethodName().equals("exit"));
                if (inExit) {
                    exit = i;
                } else if (exit >= 0 && !isJdk(frames[i])) {
                    return Hang.frame(frames[i]);
                }
            }
        }
        return null;
    }

    /** A frame of the JDK: reflection between an exit and its caller, or the thread of a signal. */
    private static boolean isJdk(StackTraceElement frame) {
        String name = frame.getClassName();
        return name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.");
    }
}
