package dev.threadlings.grader.grade;

import dev.threadlings.grader.process.JavaLauncher;
import dev.threadlings.grader.process.TestJvmOutcome;
import dev.threadlings.grader.testjvm.RunLog;
import dev.threadlings.grader.testjvm.TestJvmEvent;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Why a test JVM ended before its tests did, and which test was running then.
 *
 * @param cause what happened, for the learner
 * @param summary the same in a few words, for the progress line
 * @param culprit the unique id of the test that was running and had not reported its end, or empty
 */
record Ending(String cause, String summary, Optional<String> culprit) {

    private static final int TAIL_BYTES = 64 * 1024;

    /**
     * Explains an early end from what the JVM reported and how it ended.
     *
     * @param log the log of that JVM's signed events
     * @param outcome how it ended (not timed out)
     * @param output its output
     * @return the explanation
     */
    static Ending of(RunLog log, TestJvmOutcome outcome, Path output) {
        Optional<TestJvmEvent.Ended> ended = log.ended();
        Optional<String> culprit = ended.map(TestJvmEvent.Ended::id).or(log::running)
                .filter(id -> !log.settled(id));
        String cause;
        String summary;
        if (ended.isPresent()) {
            cause = ended.get().cause();
            summary = ended.get().summary() == null ? "the test JVM stopped itself" : ended.get().summary();
        } else {
            String tail = tail(output);
            int code = outcome.exitCode();
            if (tail.contains("Terminating due to java.lang.OutOfMemoryError")) {
                cause = "The test JVM ran out of memory (" + firstLine(tail, "Terminating due to") + "): its heap is capped"
                        + " at " + JavaLauncher.MAX_HEAP_MB + " MB. Does a strategy keep every"
                        + " result, or a copy per task, or start tasks without end?";
                summary = "out of memory";
            } else if (tail.contains("A fatal error has been detected by the Java Runtime Environment")) {
                cause = "The test JVM crashed (" + firstLine(tail, "SIG").strip() + "): a fatal error below Java,"
                        + " such as an illegal memory access through sun.misc.Unsafe or native code.";
                summary = "a crash";
            } else if (code > 128) {
                cause = "The test JVM was killed by signal " + (code - 128) + (code - 128 == 9
                        ? " (SIGKILL: the machine ran out of memory, or something killed it)" : "") + ".";
                summary = "killed by signal " + (code - 128);
            } else {
                cause = "The test JVM stopped abruptly with exit code " + code + ", without a word: Runtime.halt"
                        + " ends a JVM at once, with the tests in it. A strategy must return its results or throw.";
                summary = "exit code " + code;
            }
        }
        return new Ending(cause, summary, culprit);
    }

    /**
     * The message of the test that was running when the JVM ended.
     *
     * @return what the learner reads for that test
     */
    String culpritMessage() {
        return "The test JVM ended while this test ran: " + cause;
    }

    private static String firstLine(String text, String marker) {
        int at = text.indexOf(marker);
        if (at < 0) {
            return "";
        }
        int end = text.indexOf('\n', at);
        return text.substring(at, end < 0 ? text.length() : end).strip();
    }

    private static String tail(Path log) {
        try {
            if (!Files.exists(log)) {
                return "";
            }
            try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
                long from = Math.max(0, file.length() - TAIL_BYTES);
                byte[] bytes = new byte[(int) (file.length() - from)];
                file.seek(from);
                file.readFully(bytes);
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return "";
        }
    }
}
